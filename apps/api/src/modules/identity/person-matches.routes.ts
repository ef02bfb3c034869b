import { MatchPersonsQuery, PersonMatchList } from '@bluelamp/contracts/identity/matches';
import type { App, AppDeps } from '../../http/types';
import { errors } from '../../http/schemas';
import { AppError } from '../../core/errors';
import { writeAudit } from '../../core/audit';
import { personMatchingFor } from './person-matching.service';

const FIELDS = ['firstName', 'lastName', 'fullName', 'dateOfBirth', 'phone', 'email', 'address', 'postcode', 'idNumber'] as const;

export function registerPersonMatchRoutes(app: App, deps: AppDeps): void {
  const matching = personMatchingFor(deps);
  app.get(
    '/api/identity/persons/matches',
    {
      config: { access: { permission: 'identity:read' } },
      schema: {
        tags: ['identity'],
        summary: 'Persons who may be the one described (spelling variants, nicknames, typos, date-of-birth slips), ranked with reasons',
        querystring: MatchPersonsQuery,
        response: { 200: PersonMatchList, ...errors(400, 401, 403) },
      },
    },
    async (request) => {
      const q = request.query;
      const given = FIELDS.filter((f) => q[f]?.trim());
      if (given.length === 0) throw new AppError('VALIDATION_FAILED', 'Describe the person: give at least a name, date of birth, phone, email, address, postcode or identifier');
      const items = matching.search(
        { first_name: q.firstName, last_name: q.lastName, full_name: q.fullName, dob: q.dateOfBirth, phone: q.phone, email: q.email, address: q.address, postcode: q.postcode, id_number: q.idNumber },
        { limit: q.limit ?? 10, threshold: q.minProbability ?? 0.05 },
      );
      // A look-up reveals who is on the index: recorded with the fields used (not their values) and what came back.
      await writeAudit(deps.db, request.ctx, { action: 'person.matched', entityType: 'person', details: { fields: given, returned: items.map((i) => i.personId) } });
      return { items, indexed: matching.size };
    },
  );
}
