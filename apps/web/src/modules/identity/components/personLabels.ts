import { EVENT_ROLES, GENDERS, IDENTIFIER_KINDS, NAME_KINDS } from '@bluelamp/contracts/identity/persons';

/** Words for the codes the identity API uses, for screens and select boxes. */
export const NAME_KIND_NAMES: Record<(typeof NAME_KINDS)[number], string> = { birth: 'Birth name', alias: 'Alias', maiden: 'Maiden name', previous: 'Previous name', preferred: 'Preferred name' };
export const GENDER_NAMES: Record<(typeof GENDERS)[number], string> = { male: 'Male', female: 'Female', other: 'Other', unknown: 'Not known' };
export const IDENTIFIER_KIND_NAMES: Record<(typeof IDENTIFIER_KINDS)[number], string> = { ni_number: 'National insurance number', pnc_id: 'PNC id', other: 'Other reference' };
export const EVENT_ROLE_NAMES: Record<(typeof EVENT_ROLES)[number], string> = { caller: 'Caller', victim: 'Victim', witness: 'Witness', suspect: 'Suspect', offender: 'Offender' };

export const nameOf = <T extends string>(names: Record<T, string>, code: string | null | undefined): string => (code ? (names[code as T] ?? code.replace(/_/g, ' ')) : '—');

export const options = <T extends string>(names: Record<T, string>) => (Object.entries(names) as [T, string][]).map(([value, label]) => ({ value, label }));
