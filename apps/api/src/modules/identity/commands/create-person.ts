import type { Transaction } from 'kysely';
import type { CreatePersonRequest } from '@bluelamp/contracts/identity/persons';
import type { DB } from '../../../core/db/schema';
import type { RequestContext } from '../../../core/context';
import { writeAudit } from '../../../core/audit';
import { getPerson, insertPerson, insertPersonAddress, insertPersonEmail, insertPersonFlag, insertPersonIdentifier, insertPersonName, insertPersonPhone, type PersonRecord } from '../persons.repository';
import { checkAddress, checkEmail, checkFlag, checkIdentifier, checkPhone, resolveAddressLocation } from './person-input';

/**
 * Creates a person with their details. Everything typed is checked before anything is written, so
 * a bad phone number in the third place leaves no half-made person behind (the transaction would
 * too, but the 400 then names the field).
 */
export async function createPerson(tx: Transaction<DB>, ctx: RequestContext, input: CreatePersonRequest): Promise<PersonRecord> {
  const phones = (input.phones ?? []).map((p, i) => checkPhone(p, `body/phones/${i}`));
  const emails = (input.emails ?? []).map(checkEmail);
  const identifiers = (input.identifiers ?? []).map((x, i) => checkIdentifier(x, `body/identifiers/${i}`));
  const flags = (input.flags ?? []).map((f, i) => checkFlag(f, `body/flags/${i}`));
  const addresses = (input.addresses ?? []).map((a, i) => checkAddress(a, `body/addresses/${i}`));
  const by = ctx.actor?.userId ?? null;

  const id = await insertPerson(tx, { dateOfBirth: input.dateOfBirth ?? null, gender: input.gender ?? null, createdBy: by });
  for (const n of input.names) await insertPersonName(tx, id, { ...n, nameOrder: n.nameOrder ?? 'given_first' }, by);
  for (const number of new Set(phones)) await insertPersonPhone(tx, id, number, by);
  for (const address of new Set(emails)) await insertPersonEmail(tx, id, address, by);
  for (const [i, a] of addresses.entries()) {
    const locationId = await resolveAddressLocation(tx, ctx, a, `body/addresses/${i}`);
    await insertPersonAddress(tx, id, { locationId, from: a.from ?? null, to: a.to ?? null }, by);
  }
  for (const identifier of identifiers) await insertPersonIdentifier(tx, id, identifier, by);
  for (const flag of flags) await insertPersonFlag(tx, id, { ...flag, setBy: by, setByUsername: ctx.actor?.username ?? null });
  // The audit says what kinds of detail were recorded, not their values: it is not a second copy of the record.
  await writeAudit(tx, ctx, {
    action: 'person.created',
    entityType: 'person',
    entityId: id,
    details: { names: input.names.length, phones: phones.length, emails: emails.length, addresses: addresses.length, identifiers: identifiers.map((x) => x.kind), flags: flags.map((f) => f.markerType ?? f.kind) },
  });
  const created = await getPerson(tx, id);
  if (!created) throw new Error('created person vanished');
  return created;
}
