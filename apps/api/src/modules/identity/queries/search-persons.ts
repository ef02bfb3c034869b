import type { Kysely } from 'kysely';
import type { SearchPersonsQuery } from '@bluelamp/contracts/identity/persons';
import type { DB } from '../../../core/db/schema';
import type { RequestContext } from '../../../core/context';
import { AppError } from '../../../core/errors';
import { writeAudit } from '../../../core/audit';
import { normalisePostcode } from '../../workforce';
import { invalidField } from '../identity.errors';
import { identifierSearchValues } from '../normalise/identifiers';
import { normalisePhone } from '../normalise/phone';
import { searchPersons, type PersonSummaryRecord } from '../person-search.repository';

/**
 * Finds persons by exact fields and name prefixes, each typed field normalised the way it is
 * stored. At least one field is needed: the index is not for browsing. The search is audited with
 * its filters: who looked for whom is what an audit of misuse needs.
 */
export async function findPersons(db: Kysely<DB>, ctx: RequestContext, query: SearchPersonsQuery): Promise<{ items: PersonSummaryRecord[]; total: number; limit: number; offset: number }> {
  const { limit = 50, offset = 0, ...filters } = query;
  if (Object.keys(filters).length === 0) {
    throw new AppError('VALIDATION_FAILED', 'Give at least one of name, dateOfBirth, phone, email, postcode or identifier');
  }
  const phone = query.phone === undefined ? undefined : normalisePhone(query.phone);
  if (query.phone !== undefined && !phone) throw invalidField('querystring/phone', 'is not a valid UK phone number');
  const postcode = query.postcode === undefined ? undefined : normalisePostcode(query.postcode);
  if (query.postcode !== undefined && !postcode) throw invalidField('querystring/postcode', 'is not a valid UK postcode');
  const page = await searchPersons(db, {
    nameWords: (query.name ?? '').toUpperCase().split(/[\s,]+/).filter(Boolean).slice(0, 5),
    dateOfBirth: query.dateOfBirth,
    phone,
    email: query.email?.trim().toLowerCase(),
    postcode,
    identifierValues: query.identifier === undefined ? undefined : identifierSearchValues(query.identifier),
    limit,
    offset,
  });
  await writeAudit(db, ctx, { action: 'person.searched', entityType: 'person', details: { filters, offset, returned: page.items.length } });
  return { ...page, limit, offset };
}
