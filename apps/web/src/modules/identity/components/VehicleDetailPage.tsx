import { Link, useSearchParams } from '../../../app/router';
import { Alert } from '../../../ui/Alert';
import { DescriptionList } from '../../../ui/DescriptionList';
import { formatLondon } from '../../../ui/format';
import { PageHeader } from '../../../ui/PageHeader';
import { Panel } from '../../../ui/Panel';
import { QueryStatus } from '../../../ui/QueryStatus';
import { useVehicle } from '../hooks/useVehicles';

/** One vehicle: registration, make, model and colour. */
export function VehicleDetailPage({ id }: { id: string }) {
  const [params] = useSearchParams();
  const vehicle = useVehicle(id);
  const v = vehicle.data;
  return (
    <>
      <PageHeader title={v ? v.vrm : 'Vehicle'} description={v ? [v.colour, v.make, v.model].filter(Boolean).join(' ') || undefined : undefined} actions={<Link to="/vehicles">Search vehicles</Link>} />
      {params.get('created') && <Alert tone="success">Vehicle recorded.</Alert>}
      {params.get('existing') && <Alert tone="info">This registration was already known, so the existing vehicle is shown.</Alert>}
      <QueryStatus isLoading={vehicle.isLoading} error={vehicle.error} onRetry={vehicle.refetch} what="the vehicle" />
      {v && (
        <Panel title="Vehicle">
          <DescriptionList
            items={[
              { term: 'Registration', value: <code>{v.vrm}</code> },
              { term: 'Make', value: v.make ?? '—' },
              { term: 'Model', value: v.model ?? '—' },
              { term: 'Colour', value: v.colour ?? '—' },
              { term: 'Recorded', value: formatLondon(v.createdAt) },
            ]}
          />
        </Panel>
      )}
    </>
  );
}
