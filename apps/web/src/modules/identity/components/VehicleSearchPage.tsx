import { useState } from 'react';
import { Link, useRouter, useSearchParams } from '../../../app/router';
import { useSession } from '../../platform/auth/hooks/useSession';
import { fieldErrors } from '../../../api/fieldErrors';
import { PageHeader } from '../../../ui/PageHeader';
import { Panel } from '../../../ui/Panel';
import { QueryStatus } from '../../../ui/QueryStatus';
import { TextField } from '../../../ui/TextField';
import { useDebouncedValue } from '../../../ui/useDebouncedValue';
import { useCreateVehicle, useVehicleSearch } from '../hooks/useVehicles';
import { AddDetailForm } from './AddDetailForm';
import { IdentityNav } from './IdentityNav';

/** Vehicles by registration mark, however typed ("ab12 cde"); writers record one not yet known. */
export function VehicleSearchPage() {
  const { can } = useSession();
  const { navigate } = useRouter();
  const [params, setParams] = useSearchParams();
  const [vrm, setVrm] = useState(params.get('vrm') ?? '');
  const typed = useDebouncedValue(vrm.trim());
  const asked = typed.replace(/\s/g, '').length >= 2 ? typed.slice(0, 12) : undefined;
  const found = useVehicleSearch(asked);
  const create = useCreateVehicle();
  const notFound = asked && found.data && !found.isFetching && found.data.items.length === 0;

  return (
    <>
      <PageHeader title="Vehicles" description="Find a vehicle by its registration mark." />
      <IdentityNav />
      <form className="filter-bar" role="search" aria-label="Search vehicles" onSubmit={(e) => e.preventDefault()}>
        <TextField
          label="Registration"
          hint="e.g. AB12 CDE"
          value={vrm}
          onChange={(e) => {
            setVrm(e.target.value);
            setParams({ vrm: e.target.value.trim() });
          }}
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          data-search=""
          error={found.error ? fieldErrors(found.error).summary ?? Object.values(fieldErrors(found.error).fields)[0] : undefined}
        />
      </form>
      {asked && !found.error && <QueryStatus isLoading={found.isLoading} error={undefined} what="vehicles" />}
      {asked && found.data && found.data.items.length > 0 && (
        <ul className="candidate-list" aria-label="Vehicles">
          {found.data.items.map((v) => (
            <li key={v.id}>
              <Link to={`/vehicles/${v.id}`} className="candidate">
                <span>
                  <span className="candidate-name">{v.vrm}</span>
                  <span className="candidate-meta"> · {[v.colour, v.make, v.model].filter(Boolean).join(' ') || 'Make and model not recorded'}</span>
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      {notFound && <p className="muted">No vehicle with this registration is known.</p>}
      {notFound && can('identity:write') && (
        <Panel title={`Record ${typed.toUpperCase()}`}>
          <AddDetailForm
            key={typed}
            label="Record a vehicle"
            submitLabel="Record vehicle"
            initial={{ vrm: typed.toUpperCase() }}
            fields={[
              { name: 'vrm', label: 'Registration' },
              { name: 'make', label: 'Make (optional)' },
              { name: 'model', label: 'Model (optional)' },
              { name: 'colour', label: 'Colour (optional)' },
            ]}
            check={(x) => ({ ...((x.vrm ?? '').replace(/\s/g, '').length < 2 && { vrm: 'Enter the registration' }) })}
            onSubmit={async (x) => {
              const saved = await create.mutate({ vrm: x.vrm!.trim(), ...(x.make?.trim() && { make: x.make.trim() }), ...(x.model?.trim() && { model: x.model.trim() }), ...(x.colour?.trim() && { colour: x.colour.trim() }) });
              if (saved) navigate(`/vehicles/${saved.vehicle.id}?${saved.isExisting ? 'existing' : 'created'}=1`);
              return !!saved;
            }}
            isBusy={create.isPending}
            error={create.error}
          />
        </Panel>
      )}
    </>
  );
}
