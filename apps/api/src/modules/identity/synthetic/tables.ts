/*
 * Hand-written vocabularies for the synthetic population: post towns, street names, older first
 * names, everyday diminutives, spelling variants, keyboard neighbours, email providers. Written for
 * this project from general knowledge of UK naming and addressing; no third-party data.
 */

/** The post town of each UK postcode area (the area's main town; districts may have their own). */
export const POST_TOWNS: Record<string, string> = {
  AB: 'Aberdeen', AL: 'St Albans', B: 'Birmingham', BA: 'Bath', BB: 'Blackburn', BD: 'Bradford', BH: 'Bournemouth', BL: 'Bolton',
  BN: 'Brighton', BR: 'Bromley', BS: 'Bristol', BT: 'Belfast', CA: 'Carlisle', CB: 'Cambridge', CF: 'Cardiff', CH: 'Chester',
  CM: 'Chelmsford', CO: 'Colchester', CR: 'Croydon', CT: 'Canterbury', CV: 'Coventry', CW: 'Crewe', DA: 'Dartford', DD: 'Dundee',
  DE: 'Derby', DG: 'Dumfries', DH: 'Durham', DL: 'Darlington', DN: 'Doncaster', DT: 'Dorchester', DY: 'Dudley', E: 'London',
  EC: 'London', EH: 'Edinburgh', EN: 'Enfield', EX: 'Exeter', FK: 'Falkirk', FY: 'Blackpool', G: 'Glasgow', GL: 'Gloucester',
  GU: 'Guildford', GY: 'Guernsey', HA: 'Harrow', HD: 'Huddersfield', HG: 'Harrogate', HP: 'Hemel Hempstead', HR: 'Hereford',
  HS: 'Stornoway', HU: 'Hull', HX: 'Halifax', IG: 'Ilford', IM: 'Isle of Man', IP: 'Ipswich', IV: 'Inverness', JE: 'Jersey',
  KA: 'Kilmarnock', KT: 'Kingston upon Thames', KW: 'Kirkwall', KY: 'Kirkcaldy', L: 'Liverpool', LA: 'Lancaster',
  LD: 'Llandrindod Wells', LE: 'Leicester', LL: 'Llandudno', LN: 'Lincoln', LS: 'Leeds', LU: 'Luton', M: 'Manchester',
  ME: 'Rochester', MK: 'Milton Keynes', ML: 'Motherwell', N: 'London', NE: 'Newcastle upon Tyne', NG: 'Nottingham',
  NN: 'Northampton', NP: 'Newport', NR: 'Norwich', NW: 'London', OL: 'Oldham', OX: 'Oxford', PA: 'Paisley', PE: 'Peterborough',
  PH: 'Perth', PL: 'Plymouth', PO: 'Portsmouth', PR: 'Preston', RG: 'Reading', RH: 'Redhill', RM: 'Romford', S: 'Sheffield',
  SA: 'Swansea', SE: 'London', SG: 'Stevenage', SK: 'Stockport', SL: 'Slough', SM: 'Sutton', SN: 'Swindon', SO: 'Southampton',
  SP: 'Salisbury', SR: 'Sunderland', SS: 'Southend-on-Sea', ST: 'Stoke-on-Trent', SW: 'London', SY: 'Shrewsbury', TA: 'Taunton',
  TD: 'Galashiels', TF: 'Telford', TN: 'Tonbridge', TQ: 'Torquay', TR: 'Truro', TS: 'Middlesbrough', TW: 'Twickenham',
  UB: 'Southall', W: 'London', WA: 'Warrington', WC: 'London', WD: 'Watford', WF: 'Wakefield', WN: 'Wigan', WR: 'Worcester',
  WS: 'Walsall', WV: 'Wolverhampton', YO: 'York', ZE: 'Lerwick',
};

/** The commonest full street names in Great Britain, most frequent first (weights are rough shares). */
export const COMMON_STREETS: [string, number][] = [
  ['High Street', 30], ['Station Road', 24], ['Main Street', 14], ['Park Road', 14], ['Church Road', 13], ['Church Street', 12],
  ['London Road', 11], ['Victoria Road', 10], ['Green Lane', 10], ['Manor Road', 9], ['Church Lane', 9], ['Park Avenue', 8],
  ['The Avenue', 8], ['The Crescent', 7], ['Queens Road', 7], ['New Road', 7], ['Grange Road', 7], ['Kings Road', 6],
  ['Kingsway', 5], ['Windsor Road', 6], ['Highfield Road', 6], ['Mill Lane', 6], ['Alexandra Road', 6], ['York Road', 5],
  ['Main Road', 5], ['Broadway', 4], ['King Street', 5], ['The Green', 5], ['Springfield Road', 5], ['George Street', 5],
  ['Park Lane', 5], ['Victoria Street', 4], ['Albert Road', 5], ['Queensway', 4], ['New Street', 4], ['Queen Street', 4],
  ['West Street', 4], ['North Street', 4], ['Manchester Road', 3], ['The Drive', 4], ['Richmond Road', 4], ['Grove Road', 4],
  ['South Street', 3], ['School Lane', 4], ['The Grove', 3], ['North Road', 3], ['Stanley Road', 3], ['Chester Road', 3],
  ['Mill Road', 3], ['Mount Pleasant', 3], ['Warwick Road', 3], ['Orchard Close', 3], ['St Johns Road', 3], ['Western Road', 3],
  ['Bridge Street', 3], ['Market Place', 3], ['Chapel Street', 3], ['Mill Street', 3], ['Water Lane', 3], ['Castle Street', 3],
];

/** First words for made-up but ordinary street names (Beech Close, Wellington Road, Meadow View...). */
export const STREET_STEMS = (
  'Acacia Albany Albert Alder Alexandra Alma Ash Ashfield Aspen Beech Beechwood Belmont Birch Blenheim Bramble Briar Brook ' +
  'Brookfield Cambridge Carlton Castle Cavendish Cedar Chapel Charles Cherry Chestnut Church Claremont Clarence College ' +
  'Coronation Cromwell Dale Derwent Devonshire Elm Elmfield Fairfield Fairview Farm Fern Field Forest Garden Gladstone ' +
  'Glebe Granville Hall Hamilton Harcourt Hawthorn Hazel Heath Heather Highfield Hill Hillside Holly Jubilee Kent Kings ' +
  'Lancaster Larch Laurel Lime Linden Maple Marlborough Meadow Melbourne Mill Milton Moor Nelson Newton Norfolk Oak ' +
  'Oakfield Oakwood Orchard Oxford Palmerston Park Pine Poplar Primrose Priory Queens Raglan Rectory Regent Ridgeway River ' +
  'Rose Rowan St Andrews St Georges St Marys Salisbury Sandy School Shakespeare Spring Springfield Stafford Stanley ' +
  'Sycamore Thornton Trinity Union Vicarage Victoria Warwick Waterloo Wellington Westfield Willow Windmill Windsor Woodland York'
)
  .replace(/St (?=[A-Z])/g, 'St_')
  .split(' ')
  .map((s) => s.replace('_', ' '));

/** Street types, weighted. */
export const STREET_TYPES: [string, number][] = [
  ['Road', 30], ['Street', 16], ['Close', 12], ['Avenue', 9], ['Lane', 9], ['Drive', 8], ['Way', 5], ['Gardens', 4],
  ['Crescent', 4], ['Place', 3], ['Grove', 3], ['Court', 3], ['Terrace', 3], ['View', 2], ['Walk', 1], ['Rise', 1],
  ['Mews', 1], ['Square', 1], ['Row', 1], ['Hill', 1],
];

/** Abbreviations of address words as clerks and callers type them. */
export const ADDRESS_ABBREVIATIONS: Record<string, string[]> = {
  Street: ['St', 'St.', 'Str'], Road: ['Rd', 'Rd.'], Avenue: ['Ave', 'Av'], Lane: ['Ln', 'La'], Close: ['Cl', 'Cls'],
  Drive: ['Dr', 'Drv'], Gardens: ['Gdns', 'Gdn'], Crescent: ['Cres', 'Cresc'], Place: ['Pl'], Grove: ['Gr', 'Gro'],
  Court: ['Ct'], Terrace: ['Terr', 'Ter'], Square: ['Sq'], Mews: ['Mws'], Hill: ['Hl'], Walk: ['Wlk'], Way: ['Wy'],
  Flat: ['Flt', 'F'], Apartment: ['Apt'], North: ['N'], South: ['S'], Saint: ['St'],
};

/** House names, for the odd address without a number. */
export const HOUSE_NAMES = [
  'Rose Cottage', 'The Cottage', 'Ivy Cottage', 'The Old Rectory', 'Orchard House', 'The Bungalow', 'Hillside', 'Woodlands',
  'The Barn', 'Meadow View', 'Fairview', 'The Coach House', 'Holly Cottage', 'Church Cottage', 'The Laurels', 'Brookside',
];

/**
 * First names of people born before about 1985, which the baby-name list (births 1996–2018) lacks:
 * the commonest names of the 1940s–1970s in England and Wales, roughly in order of popularity.
 */
export const OLDER_FIRST_NAMES: { female: string[]; male: string[] } = {
  female: (
    'susan margaret linda patricia christine elizabeth janet carol barbara sandra julie karen jean mary pauline valerie ' +
    'brenda shirley sheila maureen gillian deborah tracey joanne alison michelle nicola helen jacqueline wendy angela ' +
    'lesley catherine kathleen irene doreen joan dorothy ann anne jane lorraine denise diane beverley dawn amanda sarah ' +
    'lisa claire emma rachel victoria rebecca kelly louise joanna stephanie'
  ).split(/\s+/),
  male: (
    'david john michael peter paul robert stephen brian alan keith anthony kenneth christopher andrew mark richard ian ' +
    'colin raymond ronald derek terence gary dean darren lee neil philip martin graham trevor barry geoffrey roger leslie ' +
    'frederick albert arthur ernest harold edward william james thomas george charles francis patrick timothy simon ' +
    'jonathan matthew nicholas kevin steven jason craig wayne carl shaun stuart gordon malcolm dennis'
  ).split(/\s+/),
};

/** Everyday UK diminutives, preferred over the long genealogical list when a form exists here. */
export const EVERYDAY_NICKNAMES: Record<string, string[]> = {
  robert: ['bob', 'rob', 'robbie', 'bobby'], william: ['bill', 'will', 'billy', 'liam'], james: ['jim', 'jimmy', 'jamie'],
  elizabeth: ['liz', 'beth', 'lizzie', 'betty', 'libby'], margaret: ['maggie', 'peggy', 'meg', 'maggy'],
  catherine: ['cathy', 'kate', 'cath', 'katie'], katherine: ['kate', 'kathy', 'katie', 'kath'], kathleen: ['kath', 'kathy'],
  michael: ['mike', 'mick', 'micky'], david: ['dave', 'davy'], stephen: ['steve', 'stevie'], steven: ['steve'],
  christopher: ['chris', 'kit'], christine: ['chris', 'tina'], richard: ['rich', 'rick', 'dick', 'richie'],
  thomas: ['tom', 'tommy'], anthony: ['tony', 'ant'], edward: ['ed', 'eddie', 'ted', 'teddy'], daniel: ['dan', 'danny'],
  joseph: ['joe', 'joey'], samuel: ['sam', 'sammy'], benjamin: ['ben', 'benji'], matthew: ['matt', 'matty'],
  andrew: ['andy', 'drew'], nicholas: ['nick', 'nicky'], alexander: ['alex', 'sandy', 'xander'], alexandra: ['alex', 'lexi', 'sandra'],
  peter: ['pete'], ronald: ['ron', 'ronnie'], kenneth: ['ken', 'kenny'], leslie: ['les'], leonard: ['len', 'lenny'],
  raymond: ['ray'], philip: ['phil'], frederick: ['fred', 'freddie'], alfred: ['alf', 'alfie'], charles: ['charlie', 'chas'],
  patricia: ['pat', 'trish', 'patsy'], patrick: ['pat', 'paddy'], susan: ['sue', 'susie'], deborah: ['debbie', 'debs'],
  jennifer: ['jenny', 'jen'], rebecca: ['becky', 'becca'], victoria: ['vicky', 'tori'], amanda: ['mandy'],
  samantha: ['sam', 'sammie'], jessica: ['jess', 'jessie'], abigail: ['abbie', 'abby'], eleanor: ['ellie', 'nell'],
  gillian: ['gill', 'jill'], valerie: ['val'], jacqueline: ['jackie'], josephine: ['jo', 'josie'], joanne: ['jo'],
  joshua: ['josh'], nathan: ['nate'], zachary: ['zach', 'zak'], timothy: ['tim'], terence: ['terry'], gerald: ['gerry'],
  gregory: ['greg'], lawrence: ['larry', 'laurie'], harold: ['harry'], henry: ['harry', 'hal'], jonathan: ['jon', 'jonny'],
  dorothy: ['dot', 'dotty'], barbara: ['babs'], rosemary: ['rosie'], frances: ['fran'], francesca: ['fran', 'frankie'],
  francis: ['frank'], gabriel: ['gabe'], isabella: ['bella', 'izzy'], isabelle: ['izzy', 'bella'], isabel: ['izzy'],
  oliver: ['ollie'], olivia: ['liv', 'livvy'], sophia: ['sophie'], matilda: ['tilly'], amelia: ['millie', 'amy'],
  kimberley: ['kim'], stephanie: ['steph'], natalie: ['nat'], natasha: ['tash', 'tasha'], charlotte: ['lottie', 'charlie'],
  caroline: ['caz', 'carol'], carolyn: ['carol'], nicola: ['nicky', 'nic'], emily: ['em', 'emmy'], emma: ['em'],
  harriet: ['hattie'], florence: ['flo', 'florrie'], georgina: ['georgie', 'gina'],
};

/**
 * Spelling variants that sound the same, both ways. Each group is one pronunciation; a variant swaps
 * a name for another member of its group.
 */
export const FIRST_NAME_VARIANTS: string[][] = [
  ['catherine', 'katherine', 'kathryn', 'catharine', 'cathryn'], ['stephen', 'steven'], ['philip', 'phillip'],
  ['jeffrey', 'geoffrey', 'jeffery'], ['sean', 'shaun', 'shawn'], ['jon', 'john'], ['ann', 'anne'], ['sara', 'sarah'],
  ['rachel', 'rachael'], ['claire', 'clare'], ['lindsay', 'lindsey'], ['carl', 'karl'], ['matthew', 'mathew'],
  ['zoe', 'zoey', 'zoë'], ['isobel', 'isabel', 'isabelle', 'isabell'], ['leigh', 'lee'], ['aiden', 'aidan', 'ayden', 'aden'],
  ['jayden', 'jaden', 'jaydon'], ['caitlin', 'kaitlyn', 'katelyn', 'caitlyn'], ['teresa', 'theresa'], ['alan', 'allan', 'allen'],
  ['brian', 'bryan'], ['neil', 'neal'], ['graham', 'graeme'], ['ian', 'iain'], ['stuart', 'stewart'],
  ['mohammed', 'muhammad', 'mohammad', 'mohamed'], ['hayley', 'haley', 'hailey'], ['ashley', 'ashleigh'], ['kirsty', 'kirstie'],
  ['tracy', 'tracey'], ['vicky', 'vikki', 'vickie'], ['deborah', 'debra', 'debora'], ['gillian', 'jillian'], ['elliot', 'elliott'],
  ['nicholas', 'nicolas'], ['frederick', 'frederic'], ['geraldine', 'jeraldine'], ['louis', 'lewis'], ['lucy', 'lucie'],
  ['amy', 'aimee', 'amie'], ['chloe', 'chloë'], ['megan', 'meghan', 'meagan'], ['ellie', 'elly'], ['millie', 'milly'],
  ['abbie', 'abby', 'abi'], ['jessica', 'jesica'], ['emilia', 'emelia'], ['freya', 'freyja'], ['harvey', 'harvie'],
  ['jacob', 'jakob'], ['oscar', 'oskar'], ['erin', 'eryn'], ['eva', 'ava'], ['sophie', 'sophy'], ['jodie', 'jody'],
  ['kerry', 'keri', 'kerri'], ['nicola', 'nichola'], ['julie', 'julee'], ['karen', 'caren'], ['carol', 'carole'],
  ['lesley', 'leslie'], ['dean', 'deane'], ['darren', 'daren'], ['wayne', 'wain'], ['tony', 'toni'], ['terence', 'terrence'],
  ['geraint', 'gerraint'], ['rhys', 'reece', 'reese'], ['callum', 'calum'], ['kieran', 'kieron', 'ciaran'], ['niamh', 'neve'],
  ['sian', 'shan'], ['dylan', 'dillon'], ['connor', 'conor'], ['ryan', 'rian'], ['jamie', 'jaimie', 'jamey'],
];

export const SURNAME_VARIANTS: string[][] = [
  ['smith', 'smyth', 'smithe'], ['thompson', 'thomson', 'tomson'], ['stephenson', 'stevenson'], ['reid', 'read', 'reed', 'reade'],
  ['gray', 'grey'], ['clarke', 'clark'], ['phillips', 'philips'], ['matthews', 'mathews'], ['davies', 'davis', 'davys'],
  ['johnston', 'johnstone'], ['macdonald', 'mcdonald'], ['mackenzie', 'mckenzie'], ['brown', 'browne'], ['cook', 'cooke'],
  ['moore', 'more', 'moor'], ['lloyd', 'loyd'], ['neal', 'neale', 'neill', 'neil'], ['hughes', 'hughs'], ['allen', 'allan', 'alan'],
  ['rogers', 'rodgers'], ['bailey', 'bayley', 'baily'], ['barnes', 'barns'], ['wilkinson', 'wilkenson'], ['harris', 'harriss'],
  ['powell', 'powel'], ['stewart', 'stuart'], ['thomas', 'tomas'], ['walsh', 'welsh'], ['murphy', 'murphey'],
  ['shaw', 'shore'], ['ellis', 'elis'], ['graham', 'graeme'], ['watts', 'watt'], ['gibson', 'gibbson'], ['dixon', 'dickson'],
  ['hudson', 'hutson'], ['marshall', 'marshal'], ['mcintyre', 'macintyre'], ['o\'neill', 'oneill', 'o\'neil'], ['kelly', 'kelley'],
  ['fisher', 'fischer'], ['hart', 'heart'], ['cox', 'cocks'], ['payne', 'paine', 'pain'], ['hunt', 'hundt'], ['wright', 'right'],
  ['baker', 'backer'], ['hall', 'haul'], ['lee', 'leigh', 'lea'], ['white', 'whyte'], ['mills', 'mils'], ['knight', 'night'],
  ['griffiths', 'griffith'], ['edwards', 'edwardes'], ['jenkins', 'jenkens'], ['pearson', 'pierson'], ['simpson', 'simson'],
  ['mitchell', 'mitchel'], ['russell', 'russel'], ['burton', 'berton'], ['fletcher', 'flecher'], ['anderson', 'andersen', 'andersson'],
  ['nicholson', 'nicolson'], ['chapman', 'chaplin'], ['robertson', 'roberston'], ['jackson', 'jaxon'], ['hamilton', 'hamiltan'],
];

/** Letters next to each other on a UK QWERTY keyboard. */
export const KEY_NEIGHBOURS: Record<string, string> = {
  q: 'wa', w: 'qeas', e: 'wrds', r: 'etdf', t: 'ryfg', y: 'tugh', u: 'yihj', i: 'uojk', o: 'ipkl', p: 'ol',
  a: 'qwsz', s: 'awedxz', d: 'serfcx', f: 'drtgvc', g: 'ftyhbv', h: 'gyujnb', j: 'huikmn', k: 'jiolm', l: 'kop',
  z: 'asx', x: 'zsdc', c: 'xdfv', v: 'cfgb', b: 'vghn', n: 'bhjm', m: 'njk',
};

/** Email providers used in the UK, weighted. */
export const EMAIL_DOMAINS: [string, number][] = [
  ['gmail.com', 36], ['hotmail.co.uk', 14], ['outlook.com', 9], ['yahoo.co.uk', 8], ['hotmail.com', 7], ['icloud.com', 7],
  ['btinternet.com', 5], ['live.co.uk', 4], ['aol.com', 2], ['sky.com', 2], ['googlemail.com', 2], ['yahoo.com', 2],
  ['outlook.co.uk', 1], ['virginmedia.com', 1], ['talktalk.net', 1], ['me.com', 1],
];
