import type { Transaction } from 'kysely';
import type {
  AddPersonAddressRequest,
  AddPersonEmailRequest,
  AddPersonFlagRequest,
  AddPersonIdentifierRequest,
  AddPersonNameRequest,
  AddPersonPhoneRequest,
  PersonDetailKind,
  RemovePersonDetailRequest,
  UpdatePersonRequest,
} from '@bluelamp/contracts/identity/persons';
import type { DB } from '../../../core/db/schema';
import type { RequestContext } from '../../../core/context';
import { AppError, notFound, versionConflict } from '../../../core/errors';
import { writeAudit, type AuditEntry } from '../../../core/audit';
import { mergedInto } from '../identity.errors';
import { presentPerson } from '../person.presenter';
import * as repo from '../persons.repository';
import { checkAddress, checkEmail, checkFlag, checkIdentifier, checkPhone, resolveAddressLocation } from './person-input';

/**
 * The one way a person changes: the person must be live (a merged one answers 404 pointing at its
 * survivor) and still at `version`; the version is bumped, `work` writes the detail and says what
 * to audit, and the person comes back as it now stands.
 */
async function changePerson(
  tx: Transaction<DB>,
  ctx: RequestContext,
  id: string,
  version: number,
  work: (personIds: string[]) => Promise<Omit<AuditEntry, 'entityType' | 'entityId'>>,
  fields: { dateOfBirth?: string | null | undefined; gender?: string | null | undefined } = {},
): Promise<repo.PersonRecord> {
  const row = await repo.getPersonRow(tx, id);
  if (!row) throw notFound('The person');
  if (row.mergedIntoId) throw mergedInto('The person', row.mergedIntoId);
  if (!(await repo.updatePerson(tx, id, version, fields))) {
    const current = await repo.getPerson(tx, id);
    throw versionConflict('The person', current && presentPerson(current));
  }
  const audit = await work(await repo.getPersonIdsWithMerged(tx, id));
  await writeAudit(tx, ctx, { ...audit, entityType: 'person', entityId: id });
  const after = await repo.getPerson(tx, id);
  if (!after) throw notFound('The person');
  return after;
}

const by = (ctx: RequestContext) => ctx.actor?.userId ?? null;

export async function updatePersonDetails(tx: Transaction<DB>, ctx: RequestContext, id: string, input: UpdatePersonRequest) {
  const changed = Object.keys(input).filter((k) => k !== 'version');
  return changePerson(tx, ctx, id, input.version, async () => ({ action: 'person.updated', details: { fields: changed } }), input);
}

export async function addPersonName(tx: Transaction<DB>, ctx: RequestContext, id: string, input: AddPersonNameRequest) {
  return changePerson(tx, ctx, id, input.version, async () => {
    const detailId = await repo.insertPersonName(tx, id, { ...input, nameOrder: input.nameOrder ?? 'given_first' }, by(ctx));
    return { action: 'person.name_added', details: { detailId, kind: input.kind } };
  });
}

export async function addPersonPhone(tx: Transaction<DB>, ctx: RequestContext, id: string, input: AddPersonPhoneRequest) {
  const number = checkPhone(input.number, 'body/number');
  return changePerson(tx, ctx, id, input.version, async () => ({ action: 'person.phone_added', details: { detailId: await repo.insertPersonPhone(tx, id, number, by(ctx)) } }));
}

export async function addPersonEmail(tx: Transaction<DB>, ctx: RequestContext, id: string, input: AddPersonEmailRequest) {
  const address = checkEmail(input.address);
  return changePerson(tx, ctx, id, input.version, async () => ({ action: 'person.email_added', details: { detailId: await repo.insertPersonEmail(tx, id, address, by(ctx)) } }));
}

export async function addPersonAddress(tx: Transaction<DB>, ctx: RequestContext, id: string, input: AddPersonAddressRequest) {
  const { version: _v, ...address } = input;
  checkAddress(address, 'body');
  return changePerson(tx, ctx, id, input.version, async () => {
    const locationId = await resolveAddressLocation(tx, ctx, address, 'body');
    const detailId = await repo.insertPersonAddress(tx, id, { locationId, from: input.from ?? null, to: input.to ?? null }, by(ctx));
    return { action: 'person.address_added', details: { detailId, locationId } };
  });
}

export async function addPersonIdentifier(tx: Transaction<DB>, ctx: RequestContext, id: string, input: AddPersonIdentifierRequest) {
  const identifier = checkIdentifier(input, 'body');
  return changePerson(tx, ctx, id, input.version, async () => {
    const detailId = await repo.insertPersonIdentifier(tx, id, identifier, by(ctx));
    return { action: 'person.identifier_added', details: { detailId, kind: identifier.kind } };
  });
}

export async function addPersonFlag(tx: Transaction<DB>, ctx: RequestContext, id: string, input: AddPersonFlagRequest) {
  const flag = checkFlag(input, 'body');
  return changePerson(tx, ctx, id, input.version, async () => {
    const detailId = await repo.insertPersonFlag(tx, id, { ...flag, setBy: by(ctx), setByUsername: ctx.actor?.username ?? null });
    return { action: 'person.flag_added', details: { detailId, kind: flag.kind, markerType: flag.markerType } };
  });
}

/** The table each kind of detail lives in. */
const DETAIL_TABLES: Record<PersonDetailKind, repo.PersonDetailTable | 'person_flag'> = {
  names: 'person_name',
  phones: 'person_phone',
  emails: 'person_email',
  addresses: 'person_address',
  identifiers: 'person_identifier',
  flags: 'person_flag',
};
const DETAIL_NAMES: Record<PersonDetailKind, string> = { names: 'name', phones: 'phone', emails: 'email', addresses: 'address', identifiers: 'identifier', flags: 'flag' };

/**
 * Removes a detail, kept as history. Flags need a reason (who removed a warning marker, and why,
 * matters later); the last name cannot go, since a person is found by it.
 */
export async function removePersonDetail(tx: Transaction<DB>, ctx: RequestContext, id: string, kind: PersonDetailKind, detailId: string, input: RemovePersonDetailRequest) {
  if (kind === 'flags' && !input.reason) throw new AppError('REASON_REQUIRED', 'Give a reason for removing a flag');
  return changePerson(tx, ctx, id, input.version, async (personIds) => {
    if (kind === 'names') {
      const current = await repo.getPerson(tx, id);
      if (current && current.names.length === 1 && current.names[0]!.id === detailId) throw new AppError('VALIDATION_FAILED', 'A person keeps at least one name');
    }
    const table = DETAIL_TABLES[kind];
    const removed =
      table === 'person_flag'
        ? await repo.removePersonFlag(tx, personIds, detailId, { userId: by(ctx), username: ctx.actor?.username ?? null, reason: input.reason! })
        : await repo.removePersonDetail(tx, table, personIds, detailId, by(ctx));
    if (!removed) throw notFound(`The ${DETAIL_NAMES[kind]}`);
    return { action: `person.${DETAIL_NAMES[kind]}_removed`, reason: input.reason ?? null, details: { detailId } };
  });
}
