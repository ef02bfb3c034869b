import { useEffect, useState } from 'react';
import { GENDERS, IDENTIFIER_KINDS, NAME_KINDS, type Person, type PersonDetailKind } from '@bluelamp/contracts/identity/persons';
import type { ApiError } from '../../../api/ApiError';
import { Link } from '../../../app/router';
import { DescriptionList } from '../../../ui/DescriptionList';
import { formatLondon } from '../../../ui/format';
import { Panel } from '../../../ui/Panel';
import type { PersonChange } from '../hooks/usePersonChange';
import { formatIsoDate, londonToday, parseDobInput } from '../utils/dateOfBirth';
import { formatPhone, identifierError, isEmailAddress, isPhoneNumber } from '../utils/personChecks';
import { AddDetailForm } from './AddDetailForm';
import { DetailList, type DetailItem } from './DetailList';
import { GENDER_NAMES, IDENTIFIER_KIND_NAMES, NAME_KIND_NAMES, nameOf, options } from './personLabels';
import { ReasonDialog } from './ReasonDialog';

type PersonDetailsPanelsProps = {
  person: Person;
  canWrite: boolean;
  /** Whether a change from this section is being sent. */
  isBusyFor: (section: string) => boolean;
  /** The API's refusal of the last change made from this section. */
  errorFor: (section: string) => ApiError | undefined;
  onChange: (section: string, change: PersonChange) => Promise<boolean>;
};

const personName = (n: Person['names'][number]) => (n.nameOrder === 'family_first' ? `${n.familyName} ${n.givenNames}` : `${n.givenNames} ${n.familyName}`);

/** "From 01/02/2020 to 03/04/2022", "From 01/02/2020", "Dates not known". */
const period = (from: string | null, to: string | null) => (from || to ? [from && `From ${formatIsoDate(from)}`, to ? `to ${formatIsoDate(to)}` : 'to now'].filter(Boolean).join(' ') : 'Dates not known');

/** Optional DD/MM/YYYY: its ISO form, or an error for the field. */
function optionalDate(text: string, today: string): { iso?: string; error?: string } {
  const parsed = parseDobInput(text, today);
  if (parsed.state === 'empty') return {};
  if (parsed.state === 'valid') return { iso: parsed.iso };
  return { error: parsed.state === 'invalid' ? parsed.error.replace('date of birth', 'date') : 'Enter the date as DD/MM/YYYY' };
}

/** Names, date of birth and gender, phones, e-mails, addresses over time and identifiers, each changeable by writers. */
export function PersonDetailsPanels({ person, canWrite, isBusyFor, errorFor, onChange }: PersonDetailsPanelsProps) {
  const [removing, setRemoving] = useState<{ kind: PersonDetailKind; item: DetailItem } | undefined>();
  const v = person.version;
  const removeError = errorFor('remove');
  // Someone else changed the record first: the page now shows their version, so the dialog closes.
  useEffect(() => {
    if (removeError?.code === 'VERSION_CONFLICT') setRemoving(undefined);
  }, [removeError]);
  const today = londonToday();
  const remover = (kind: PersonDetailKind) => (canWrite ? (item: DetailItem) => setRemoving({ kind, item }) : undefined);
  const busy = isBusyFor;

  const names: DetailItem[] = person.names.map((n) => ({ id: n.id, primary: personName(n), secondary: `${nameOf(NAME_KIND_NAMES, n.kind)} · recorded ${formatLondon(n.addedAt)}`, removeLabel: `name ${personName(n)}` }));
  const phones: DetailItem[] = person.phones.map((p) => ({ id: p.id, primary: <a href={`tel:${p.number}`}>{formatPhone(p.number)}</a>, secondary: `Recorded ${formatLondon(p.addedAt)}`, removeLabel: `phone ${formatPhone(p.number)}` }));
  const emails: DetailItem[] = person.emails.map((e) => ({ id: e.id, primary: e.address, secondary: `Recorded ${formatLondon(e.addedAt)}`, removeLabel: `e-mail ${e.address}` }));
  const addresses: DetailItem[] = [...person.addresses]
    .sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''))
    .map((a) => ({ id: a.id, primary: <Link to={`/locations/${a.locationId}`}>{a.address}</Link>, secondary: period(a.from, a.to), removeLabel: `address ${a.address}` }));
  const identifiers: DetailItem[] = person.identifiers.map((i) => ({
    id: i.id,
    primary: <code>{i.value}</code>,
    secondary: i.kind === 'other' && i.description ? i.description : nameOf(IDENTIFIER_KIND_NAMES, i.kind),
    removeLabel: `identifier ${i.value}`,
  }));

  return (
    <>
      <Panel title="Names">
        <DetailList items={names} emptyText="No names recorded." onRemove={person.names.length > 1 ? remover('names') : undefined} />
        {canWrite && (
          <AddDetailForm
            label="Add a name"
            openLabel="Add a name"
            submitLabel="Add name"
            fields={[
              { name: 'kind', label: 'Kind', options: options(NAME_KIND_NAMES).filter((o) => o.value !== 'birth').concat(options(NAME_KIND_NAMES).filter((o) => o.value === 'birth')) },
              { name: 'givenNames', label: 'Given names' },
              { name: 'familyName', label: 'Family name' },
            ]}
            check={(x) => ({ ...(!x.givenNames?.trim() && { givenNames: 'Enter the given names' }), ...(!x.familyName?.trim() && { familyName: 'Enter the family name' }) })}
            onSubmit={(x) => onChange('names', { action: 'add', kind: 'names', body: { version: v, kind: x.kind as (typeof NAME_KINDS)[number], givenNames: x.givenNames!.trim(), familyName: x.familyName!.trim() } })}
            isBusy={busy('names')}
            error={errorFor('names')}
          />
        )}
      </Panel>

      <Panel title="Date of birth and gender">
        <DescriptionList
          items={[
            { term: 'Date of birth', value: formatIsoDate(person.dateOfBirth) },
            { term: 'Gender', value: nameOf(GENDER_NAMES, person.gender) },
            { term: 'Recorded', value: formatLondon(person.createdAt) },
            { term: 'Last changed', value: formatLondon(person.updatedAt) },
          ]}
        />
        {canWrite && (
          <AddDetailForm
            key={person.version}
            label="Change date of birth or gender"
            openLabel="Change date of birth or gender"
            submitLabel="Save"
            initial={{ dateOfBirth: person.dateOfBirth ? formatIsoDate(person.dateOfBirth) : '', gender: person.gender ?? '' }}
            fields={[
              { name: 'dateOfBirth', label: 'Date of birth', hint: 'DD/MM/YYYY; leave empty if not known' },
              { name: 'gender', label: 'Gender', options: [{ value: '', label: 'Not recorded' }, ...options(GENDER_NAMES)] },
            ]}
            check={(x) => {
              const dob = optionalDate(x.dateOfBirth ?? '', today);
              return dob.error ? { dateOfBirth: dob.error.replace('The date', 'The date of birth') } : {};
            }}
            onSubmit={(x) =>
              onChange('basics', {
                action: 'update',
                body: { version: v, dateOfBirth: optionalDate(x.dateOfBirth ?? '', today).iso ?? null, gender: (x.gender || null) as (typeof GENDERS)[number] | null },
              })
            }
            isBusy={busy('basics')}
            error={errorFor('basics')}
          />
        )}
      </Panel>

      <Panel title="Phones and e-mails">
        <DetailList items={[...phones, ...emails]} emptyText="No phone numbers or e-mail addresses." onRemove={canWrite ? (item) => setRemoving({ kind: phones.includes(item) ? 'phones' : 'emails', item }) : undefined} />
        {canWrite && (
          <div className="form-row">
            <AddDetailForm
              label="Add a phone number"
            openLabel="Add a phone number"
              submitLabel="Add phone"
              fields={[{ name: 'number', label: 'Phone number', type: 'tel', hint: 'Any UK format' }]}
              check={(x) => (isPhoneNumber(x.number ?? '') ? {} : { number: 'Enter a valid UK phone number, e.g. 020 7601 2222' })}
              onSubmit={(x) => onChange('phones', { action: 'add', kind: 'phones', body: { version: v, number: x.number!.trim() } })}
              isBusy={busy('phones')}
              error={errorFor('phones')}
            />
            <AddDetailForm
              label="Add an e-mail address"
            openLabel="Add an e-mail address"
              submitLabel="Add e-mail"
              fields={[{ name: 'address', label: 'E-mail address', type: 'email' }]}
              check={(x) => (isEmailAddress(x.address ?? '') ? {} : { address: 'Enter an e-mail address like name@example.org' })}
              onSubmit={(x) => onChange('emails', { action: 'add', kind: 'emails', body: { version: v, address: x.address!.trim() } })}
              isBusy={busy('emails')}
              error={errorFor('emails')}
            />
          </div>
        )}
      </Panel>

      <Panel title="Addresses over time">
        <DetailList items={addresses} emptyText="No addresses recorded." onRemove={remover('addresses')} />
        {canWrite && (
          <AddDetailForm
            label="Add an address"
            openLabel="Add an address"
            submitLabel="Add address"
            fields={[
              { name: 'address', label: 'Address', hint: 'e.g. Flat 3, 12 High Street, London' },
              { name: 'postcode', label: 'Postcode' },
              { name: 'from', label: 'Lived there from', hint: 'DD/MM/YYYY, if known' },
              { name: 'to', label: 'Until', hint: 'Leave empty if they still live there' },
            ]}
            check={(x) => {
              const from = optionalDate(x.from ?? '', today);
              const to = optionalDate(x.to ?? '', today);
              return {
                ...(!x.address?.trim() && { address: 'Enter the address' }),
                ...(from.error && { from: from.error }),
                ...(to.error && { to: to.error }),
                ...(from.iso && to.iso && to.iso < from.iso && { to: 'Must not be before the "from" date' }),
              };
            }}
            onSubmit={(x) => {
              const from = optionalDate(x.from ?? '', today).iso;
              const to = optionalDate(x.to ?? '', today).iso;
              return onChange('addresses', {
                action: 'add',
                kind: 'addresses',
                body: { version: v, address: x.address!.trim(), ...(x.postcode?.trim() && { postcode: x.postcode.trim() }), ...(from && { from }), ...(to && { to }) },
              });
            }}
            isBusy={busy('addresses')}
            error={errorFor('addresses')}
          />
        )}
      </Panel>

      <Panel title="Identifiers">
        <DetailList items={identifiers} emptyText="No identifiers recorded." onRemove={remover('identifiers')} />
        {canWrite && (
          <AddDetailForm
            label="Add an identifier"
            openLabel="Add an identifier"
            submitLabel="Add identifier"
            fields={[
              { name: 'kind', label: 'Kind', options: options(IDENTIFIER_KIND_NAMES) },
              { name: 'value', label: 'Number or reference' },
              { name: 'description', label: 'What it is', hint: 'e.g. passport, driving licence', when: (x) => x.kind === 'other' },
            ]}
            check={(x) => {
              const error = identifierError(x.kind ?? '', x.value ?? '');
              return error ? { value: error } : {};
            }}
            onSubmit={(x) =>
              onChange('identifiers', {
                action: 'add',
                kind: 'identifiers',
                body: { version: v, kind: x.kind as (typeof IDENTIFIER_KINDS)[number], value: x.value!.trim(), ...(x.kind === 'other' && x.description?.trim() && { description: x.description.trim() }) },
              })
            }
            isBusy={busy('identifiers')}
            error={errorFor('identifiers')}
          />
        )}
      </Panel>

      <ReasonDialog
        isOpen={!!removing}
        title={removing ? `Remove ${removing.item.removeLabel}` : 'Remove'}
        confirmLabel="Remove"
        isRequired={false}
        isBusy={isBusyFor('remove')}
        error={removeError && removeError.code !== 'VERSION_CONFLICT' ? removeError.message : undefined}
        onConfirm={async (reason) => {
          if (!removing) return;
          if (await onChange('remove', { action: 'remove', kind: removing.kind, detailId: removing.item.id, body: { version: v, ...(reason && { reason }) } })) setRemoving(undefined);
        }}
        onClose={() => setRemoving(undefined)}
      >
        <p>It stays in the record's history, marked as removed.</p>
      </ReasonDialog>
    </>
  );
}
