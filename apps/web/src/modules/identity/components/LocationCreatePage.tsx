import { useRef, useState, type FormEvent } from 'react';
import type { CreateLocationRequest } from '@bluelamp/contracts/identity/locations';
import { fieldErrors } from '../../../api/fieldErrors';
import { useRouter, useSearchParams } from '../../../app/router';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { PageHeader } from '../../../ui/PageHeader';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { useFocusFirstError } from '../../../ui/useFocusFirstError';
import { useCreateLocation } from '../hooks/useLocations';
import { isPostcode } from '../utils/personChecks';
import { options } from './personLabels';
import { PREMISES_TYPE_NAMES } from './locationLabels';

type Form = { address: string; postcode: string; premisesType: string; latitude: string; longitude: string };

/** Checks of the place form, as the API makes them. */
function check(form: Form): Partial<Record<keyof Form, string>> {
  const errors: Partial<Record<keyof Form, string>> = {};
  if (!form.address.trim()) errors.address = 'Enter the address';
  if (form.postcode.trim() && !isPostcode(form.postcode)) errors.postcode = 'Enter a UK postcode, e.g. EC2M 4NP';
  const lat = form.latitude.trim() ? Number(form.latitude) : undefined;
  const lon = form.longitude.trim() ? Number(form.longitude) : undefined;
  if (lat !== undefined && !(lat >= -90 && lat <= 90)) errors.latitude = 'A latitude between -90 and 90';
  if (lon !== undefined && !(lon >= -180 && lon <= 180)) errors.longitude = 'A longitude between -180 and 180';
  if ((lat === undefined) !== (lon === undefined)) errors[lat === undefined ? 'latitude' : 'longitude'] = 'Give both latitude and longitude, or neither';
  return errors;
}

/** Record a place. The same address typed another way leads to the place already known. */
export function LocationCreatePage() {
  const { navigate } = useRouter();
  const [params] = useSearchParams();
  const [form, setForm] = useState<Form>({ address: params.get('address') ?? '', postcode: params.get('postcode') ?? '', premisesType: '', latitude: '', longitude: '' });
  const [localErrors, setLocalErrors] = useState<Partial<Record<keyof Form, string>> | undefined>();
  const create = useCreateLocation();
  const formRef = useRef<HTMLFormElement>(null);
  const fromApi = fieldErrors(create.error);
  const errors = localErrors ?? (fromApi.fields as Partial<Record<keyof Form, string>>);
  useFocusFirstError(formRef, localErrors ?? create.error);
  const set = (name: keyof Form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [name]: e.target.value }));

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = check(form);
    if (Object.keys(problems).length) return setLocalErrors(problems);
    setLocalErrors(undefined);
    const body: CreateLocationRequest = { address: form.address.trim() };
    if (form.postcode.trim()) body.postcode = form.postcode.trim();
    if (form.premisesType) body.premisesType = form.premisesType as NonNullable<CreateLocationRequest['premisesType']>;
    if (form.latitude.trim()) body.latitude = Number(form.latitude);
    if (form.longitude.trim()) body.longitude = Number(form.longitude);
    const saved = await create.mutate(body);
    if (saved) navigate(`/locations/${saved.location.id}?${saved.isExisting ? 'existing' : 'created'}=1`);
  };

  return (
    <>
      <PageHeader title="New place" description="Without a position, the centre of the postcode is used." />
      <form ref={formRef} onSubmit={handleSubmit} noValidate className="form-stack" aria-label="New place">
        {!localErrors && fromApi.summary && (
          <Alert tone="error" isSummary>
            {fromApi.summary}
          </Alert>
        )}
        <div className="form-grid">
          <TextField label="Address" hint="e.g. Flat 3, 12 High Street, London" value={form.address} onChange={set('address')} error={errors.address} autoComplete="off" />
          <TextField label="Postcode" value={form.postcode} onChange={set('postcode')} error={errors.postcode} autoComplete="off" />
          <SelectField label="Premises" value={form.premisesType} onChange={set('premisesType')} error={errors.premisesType}>
            <option value="">Not known</option>
            {options(PREMISES_TYPE_NAMES).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </SelectField>
          <TextField label="Latitude (optional)" inputMode="decimal" value={form.latitude} onChange={set('latitude')} error={errors.latitude} autoComplete="off" />
          <TextField label="Longitude (optional)" inputMode="decimal" value={form.longitude} onChange={set('longitude')} error={errors.longitude} autoComplete="off" />
        </div>
        <div className="form-actions">
          <Button type="submit" variant="primary" isBusy={create.isPending}>
            Save place
          </Button>
          <Button onClick={() => navigate('/locations')}>Cancel</Button>
        </div>
      </form>
    </>
  );
}
