import { ContactLookupRequest, ContactLookupResult } from '@bluelamp/contracts/contact/lookup';
import type { App, AppDeps } from '../../http/types';
import { errors } from '../../http/schemas';
import { AppError } from '../../core/errors';
import { writeAudit } from '../../core/audit';
import { describingFields, lookupCallers } from './queries/lookup-callers';
import { seesAllContacts } from './contact.policy';

export function registerLookupRoutes(app: App, deps: AppDeps): void {
  app.post(
    '/api/contact/lookup',
    {
      config: { access: { permission: 'contact:lookup' } },
      schema: {
        tags: ['contact'],
        summary: 'While a call is taken: earlier contacts by number and address, persons the caller may be by name, with flags and counts over the repeat window (audited; writes nothing else)',
        body: ContactLookupRequest,
        response: { 200: ContactLookupResult, ...errors(400, 401, 403) },
      },
    },
    async (request) => {
      const fields = describingFields(request.body);
      if (fields.length === 0) throw new AppError('VALIDATION_FAILED', 'Give at least a phone number, a name, a date of birth, an address, a postcode or a location');
      // Counts for everyone who may look up; the earlier contacts themselves only for those who may open them.
      const result = await lookupCallers(deps, request.body, { listEarlier: seesAllContacts(request.actor!) });
      // A look-up reveals who and what is on record: the fields used (not their values) and what came back.
      await writeAudit(deps.db, request.ctx, {
        action: 'contact.lookup',
        entityType: 'contact',
        entityId: request.body.contactId ?? null,
        details: { fields, persons: result.persons.map((p) => p.personId), byPhone: result.byPhone?.contacts.total ?? null, byAddress: result.byAddress?.contacts.total ?? null },
      });
      return result;
    },
  );
}
