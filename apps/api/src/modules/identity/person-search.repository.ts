import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../core/db/schema';

type Q = Kysely<DB> | Transaction<DB>;

// A detail row belongs to the live person its person record is (or was merged into).
const owner = sql<string>`coalesce(o.merged_into_id, o.id)`;
// The same condition as `owner in ids`, written so the person key and the merged-into index serve it
// (an expression over coalesce() is served by neither, and was a scan of every person per page).
const ownedBy = (ids: string[]) => {
  const list = sql.join(ids);
  return sql<boolean>`(o.merged_into_id in (${list}) or (o.merged_into_id is null and o.id in (${list})))`;
};

export type PersonSearch = {
  /** Upper-cased word prefixes; all must match within one name (given names or family name, either part of a double-barrelled one). */
  nameWords: string[];
  dateOfBirth?: string | undefined;
  /** E.164. */
  phone?: string | undefined;
  /** Lower case. */
  email?: string | undefined;
  /** Normalised ('EC2M 4NP'): a current or past address there. */
  postcode?: string | undefined;
  /** Every stored form the identifier could have. */
  identifierValues?: string[] | undefined;
  limit: number;
  offset: number;
};

export type PersonSummaryRecord = {
  id: string;
  dateOfBirth: string | null;
  gender: string | null;
  names: { kind: string; givenNames: string; familyName: string; nameOrder: string }[];
  flags: { kind: string; markerType: string | null }[];
};

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Live persons matching every given field exactly (names by prefix), by family name then given names. */
export async function searchPersons(q: Q, filter: PersonSearch): Promise<{ items: PersonSummaryRecord[]; total: number }> {
  let query = q.selectFrom('person as p').where('p.merged_into_id', 'is', null);
  if (filter.dateOfBirth) query = query.where(sql`p.date_of_birth`, '=', filter.dateOfBirth);
  if (filter.nameWords.length) {
    let names = q.selectFrom('person_name as n').innerJoin('person as o', 'o.id', 'n.person_id').select(owner.as('owner')).where('n.removed_at', 'is', null);
    const fullName = sql`upper(n.given_names || ' ' || n.family_name)`;
    for (const word of filter.nameWords) {
      const w = escapeLike(word);
      // The substring test uses the trigram index; the rest keeps it to the start of a word (or of a
      // part of a double-barrelled name).
      names = names
        .where(fullName, 'like', `%${w}%`)
        .where((eb) => eb.or([eb(fullName, 'like', `${w}%`), eb(fullName, 'like', `% ${w}%`), eb(fullName, 'like', `%-${w}%`)]));
    }
    query = query.where('p.id', 'in', names);
  }
  if (filter.phone) {
    query = query.where('p.id', 'in', q.selectFrom('person_phone as d').innerJoin('person as o', 'o.id', 'd.person_id').select(owner.as('owner')).where('d.number', '=', filter.phone).where('d.removed_at', 'is', null));
  }
  if (filter.email) {
    query = query.where('p.id', 'in', q.selectFrom('person_email as d').innerJoin('person as o', 'o.id', 'd.person_id').select(owner.as('owner')).where('d.address', '=', filter.email).where('d.removed_at', 'is', null));
  }
  if (filter.identifierValues) {
    const values = filter.identifierValues.length ? filter.identifierValues : ['\u0000'];
    query = query.where('p.id', 'in', q.selectFrom('person_identifier as d').innerJoin('person as o', 'o.id', 'd.person_id').select(owner.as('owner')).where('d.value', 'in', values).where('d.removed_at', 'is', null));
  }
  if (filter.postcode) {
    const atPostcode = q
      .selectFrom('person_address as d')
      .innerJoin('person as o', 'o.id', 'd.person_id')
      .innerJoin('location as l', 'l.id', 'd.location_id')
      .leftJoin('location as s', 's.id', 'l.merged_into_id')
      .select(owner.as('owner'))
      .where(sql`coalesce(s.postcode, l.postcode)`, '=', filter.postcode)
      .where('d.removed_at', 'is', null);
    query = query.where('p.id', 'in', atPostcode);
  }
  // Order by the first recorded name's family name: stable and what a list on screen is read by.
  const sortName = sql<string>`(select upper(n.family_name || ' ' || n.given_names) from person_name n where n.person_id = p.id and n.removed_at is null order by n.seq limit 1)`;
  const [rows, count] = await Promise.all([
    query.select(['p.id', sql<string | null>`p.date_of_birth::text`.as('dateOfBirth'), 'p.gender']).orderBy(sortName).orderBy('p.id').limit(filter.limit).offset(filter.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { items: await summarise(q, rows), total: Number(count.total) };
}

/** Summaries of the live persons among `ids`, in the order given (merged-away and unknown ids left out). */
export async function listPersonSummaries(q: Q, ids: string[]): Promise<PersonSummaryRecord[]> {
  const rows = await q.selectFrom('person as p').select(['p.id', sql<string | null>`p.date_of_birth::text`.as('dateOfBirth'), 'p.gender']).where('p.id', 'in', ids).where('p.merged_into_id', 'is', null).execute();
  const order = new Map(ids.map((id, i) => [id, i]));
  return summarise(q, rows.sort((a, b) => order.get(a.id)! - order.get(b.id)!));
}

async function summarise(q: Q, rows: { id: string; dateOfBirth: string | null; gender: string | null }[]): Promise<PersonSummaryRecord[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const names = await q
    .selectFrom('person_name as n')
    .innerJoin('person as o', 'o.id', 'n.person_id')
    .select([owner.as('owner'), 'n.kind', 'n.given_names as givenNames', 'n.family_name as familyName', 'n.name_order as nameOrder'])
    .where(ownedBy(ids))
    .where('n.removed_at', 'is', null)
    .orderBy('n.seq')
    .execute();
  const flags = await q
    .selectFrom('person_flag as f')
    .innerJoin('person as o', 'o.id', 'f.person_id')
    .select([owner.as('owner'), 'f.kind', 'f.marker_type as markerType'])
    .where(ownedBy(ids))
    .where('f.removed_at', 'is', null)
    .orderBy('f.seq')
    .execute();
  return rows.map((r) => ({
    ...r,
    names: names.filter((n) => n.owner === r.id).map(({ owner: _o, ...n }) => n),
    flags: flags.filter((f) => f.owner === r.id).map(({ owner: _o, ...f }) => f),
  }));
}

/** A person flattened for the matching engine: every current value of every field (oldest first), merged records included. */
export type PersonMatchRecord = {
  id: string;
  names: { kind: string; givenNames: string; familyName: string }[];
  /** YYYY-MM-DD. */
  dateOfBirth: string | null;
  gender: string | null;
  /** E.164. */
  phones: string[];
  emails: string[];
  /** Display addresses ("12 High Street, London, EC2M 4NP"). */
  addresses: string[];
  /** Normalised ('EC2M 4NP'). */
  postcodes: string[];
  identifiers: { kind: string; value: string }[];
};

/**
 * Live persons in id order after `afterId`, for the matching engine to read the whole index in
 * pages (`nextAfterId` is undefined on the last page), or just the persons named in `ids`.
 */
export async function listPersonsForMatching(
  q: Q,
  page: { afterId?: string | undefined; limit: number; ids?: string[] | undefined },
): Promise<{ items: PersonMatchRecord[]; nextAfterId: string | undefined }> {
  let query = q.selectFrom('person as p').select(['p.id', sql<string | null>`p.date_of_birth::text`.as('dateOfBirth'), 'p.gender']).where('p.merged_into_id', 'is', null);
  if (page.afterId) query = query.where('p.id', '>', page.afterId);
  // Only these persons (those a change event named); merged ones drop out.
  if (page.ids) query = page.ids.length ? query.where('p.id', 'in', page.ids) : query.where(sql<boolean>`false`);
  const rows = await query.orderBy('p.id').limit(page.limit).execute();
  if (rows.length === 0) return { items: [], nextAfterId: undefined };
  const ids = rows.map((r) => r.id);
  const names = await q
    .selectFrom('person_name as d')
    .innerJoin('person as o', 'o.id', 'd.person_id')
    .select([owner.as('owner'), 'd.kind', 'd.given_names as givenNames', 'd.family_name as familyName'])
    .where(ownedBy(ids))
    .where('d.removed_at', 'is', null)
    .orderBy('d.seq')
    .execute();
  const phones = await q
    .selectFrom('person_phone as d')
    .innerJoin('person as o', 'o.id', 'd.person_id')
    .select([owner.as('owner'), 'd.number as value'])
    .where(ownedBy(ids))
    .where('d.removed_at', 'is', null)
    .orderBy('d.seq')
    .execute();
  const emails = await q
    .selectFrom('person_email as d')
    .innerJoin('person as o', 'o.id', 'd.person_id')
    .select([owner.as('owner'), 'd.address as value'])
    .where(ownedBy(ids))
    .where('d.removed_at', 'is', null)
    .orderBy('d.seq')
    .execute();
  const identifiers = await q
    .selectFrom('person_identifier as d')
    .innerJoin('person as o', 'o.id', 'd.person_id')
    .select([owner.as('owner'), 'd.kind', 'd.value'])
    .where(ownedBy(ids))
    .where('d.removed_at', 'is', null)
    .orderBy('d.seq')
    .execute();
  const addresses = await q
    .selectFrom('person_address as d')
    .innerJoin('person as o', 'o.id', 'd.person_id')
    .innerJoin('location as l', 'l.id', 'd.location_id')
    .leftJoin('location as s', 's.id', 'l.merged_into_id')
    .select([owner.as('owner'), sql<string>`coalesce(s.address, l.address)`.as('address'), sql<string | null>`coalesce(s.postcode, l.postcode)`.as('postcode')])
    .where(ownedBy(ids))
    .where('d.removed_at', 'is', null)
    .orderBy('d.seq')
    .execute();
  const of = <T extends { owner: string }>(list: T[], id: string) => list.filter((x) => x.owner === id);
  const items = rows.map((r) => ({
    ...r,
    names: of(names, r.id).map(({ kind, givenNames, familyName }) => ({ kind, givenNames, familyName })),
    phones: of(phones, r.id).map((p) => p.value),
    emails: of(emails, r.id).map((e) => e.value),
    addresses: of(addresses, r.id).map((a) => a.address),
    postcodes: [...new Set(of(addresses, r.id).flatMap((a) => (a.postcode ? [a.postcode] : [])))],
    identifiers: of(identifiers, r.id).map(({ kind, value }) => ({ kind, value })),
  }));
  return { items, nextAfterId: rows.length === page.limit ? rows[rows.length - 1]!.id : undefined };
}
