/** Person matching: the engine's public surface (pure, no database). */
export { createMatcher, DEFAULT_THRESHOLD, probabilityOf, type Matcher, type PairScore, type ScoredPair, type Evidence, type BatchOptions } from './matcher';
export { trainModel, type MatchModel, type TrainOptions } from './model';
export { preparePerson, parseDate, normalisePhone, normalisePostcode, normaliseAddress, PERSON_FIELDS, type PersonField, type PersonInput, type PreparedPerson } from './normalise';
export { phoneticKey } from './phonetic';
export { jaroWinkler, damerauLevenshtein } from './strings';
export { BLOCKING_RULES } from './blocking';
export { PersonIndex, type Candidate } from './person-index';
