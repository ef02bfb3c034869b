import { useEffect, useState } from 'react';
import { LOCATION_FLAG_KINDS, type Location } from '@bluelamp/contracts/identity/locations';
import { isApiError } from '../../../api/ApiError';
import { Link, useRouter, useSearchParams } from '../../../app/router';
import { useSession } from '../../platform/auth/hooks/useSession';
import { Alert } from '../../../ui/Alert';
import { DescriptionList } from '../../../ui/DescriptionList';
import { formatLondon } from '../../../ui/format';
import { PageHeader } from '../../../ui/PageHeader';
import { Panel } from '../../../ui/Panel';
import { QueryStatus } from '../../../ui/QueryStatus';
import { useLocationFlagChange, useLocationMerges, useLocationRecord, useUnmergeLocation, type LocationFlagChange } from '../hooks/useLocations';
import { mergedIntoOf } from '../hooks/usePersonRecord';
import { ConflictAlert } from './ConflictAlert';
import { FlagBadges } from './FlagBadges';
import { FlagsPanel } from './FlagsPanel';
import { MergeHistoryPanel } from './MergeHistoryPanel';
import { nameOf } from './personLabels';
import { PREMISES_TYPE_NAMES } from './locationLabels';
import { PersonsAtPostcodePanel } from './PersonsAtPostcodePanel';

const floorName = (floor: number | null) => (floor === null ? '—' : floor === 0 ? 'Ground floor' : floor < 0 ? `Basement ${-floor}` : `Floor ${floor}`);

/** One place: its normalised address, position, premises type, flags and merges. */
export function LocationDetailPage({ id }: { id: string }) {
  const { can } = useSession();
  const { navigate } = useRouter();
  const [params] = useSearchParams();
  const record = useLocationRecord(id);
  const location = record.location;
  const merges = useLocationMerges(id);
  const change = useLocationFlagChange(id);
  const unmerge = useUnmergeLocation();
  const [conflictVersion, setConflictVersion] = useState<number | undefined>();
  const mergedInto = mergedIntoOf(record.error);
  const { show } = record;

  useEffect(() => {
    if (mergedInto) navigate(`/locations/${mergedInto}?mergedFrom=${encodeURIComponent(id)}`, { replace: true });
  }, [mergedInto, id, navigate]);
  useEffect(() => {
    if (!isApiError(change.error, 'VERSION_CONFLICT')) return;
    const current = change.error.current<Location>();
    if (!current) return;
    show(current);
    setConflictVersion(current.version);
  }, [change.error, show]);

  if (!location) {
    return (
      <>
        <PageHeader title="Place" actions={<Link to="/locations">Search places</Link>} />
        {!mergedInto && <QueryStatus isLoading={record.isLoading} error={record.error} onRetry={record.refetch} what="the place" />}
      </>
    );
  }
  const apply = async (c: LocationFlagChange) => {
    setConflictVersion(undefined);
    const saved = await change.mutate(c);
    if (saved) show(saved);
    return !!saved;
  };
  const current = location.flags.filter((f) => !f.removedAt);

  return (
    <>
      <PageHeader title={location.address} description={location.premisesType ? nameOf(PREMISES_TYPE_NAMES, location.premisesType) : 'Premises type not recorded'} actions={<Link to="/locations">Search places</Link>} />
      {params.get('created') && <Alert tone="success">Place recorded.</Alert>}
      {params.get('existing') && <Alert tone="info">This address was already known (typed another way), so the existing place is shown.</Alert>}
      {params.get('mergedFrom') && <Alert tone="info">The place you opened was merged into this one.</Alert>}
      {current.length > 0 && (
        <Alert tone={current.some((f) => f.kind !== 'repeat_location') ? 'error' : 'warning'} title="Flags at this address">
          <FlagBadges flags={current} />
        </Alert>
      )}
      {conflictVersion !== undefined && <ConflictAlert what="place" version={conflictVersion} />}
      <div className="columns">
        <div className="column-main">
          <Panel title="Address">
            <DescriptionList
              items={[
                { term: 'Address', value: location.address },
                { term: 'Postcode', value: location.postcode ?? '—' },
                { term: 'Flat', value: location.flat ?? '—' },
                { term: 'Floor', value: floorName(location.floor) },
                { term: 'Building number', value: location.buildingNumber ?? '—' },
                { term: 'Premises', value: nameOf(PREMISES_TYPE_NAMES, location.premisesType) },
                {
                  term: 'Position',
                  value:
                    location.latitude !== null && location.longitude !== null
                      ? `${location.latitude.toFixed(5)}, ${location.longitude.toFixed(5)}${location.coordinatesSource === 'postcode' ? ' (centre of the postcode)' : ''}`
                      : 'Not known',
                },
                { term: 'Recorded', value: formatLondon(location.createdAt) },
              ]}
            />
          </Panel>
          {location.postcode && <PersonsAtPostcodePanel postcode={location.postcode} />}
        </div>
        <div className="column-side">
          <FlagsPanel
            flags={location.flags}
            kinds={LOCATION_FLAG_KINDS}
            canWrite={can('identity:write')}
            isBusy={change.isPending}
            error={change.error}
            onAdd={(f) => apply({ action: 'add', body: { version: location.version, kind: f.kind as (typeof LOCATION_FLAG_KINDS)[number], ...(f.markerType ? { markerType: f.markerType as never } : {}), ...(f.note ? { note: f.note } : {}) } })}
            onRemove={(flagId, reason) => apply({ action: 'remove', flagId, body: { version: location.version, reason } })}
          />
          <MergeHistoryPanel
            recordId={location.id}
            basePath="/locations"
            merges={merges.data?.items}
            isLoading={merges.isLoading}
            loadError={merges.error}
            canMerge={can('identity:merge')}
            isBusy={unmerge.isPending}
            error={unmerge.error}
            onUnmerge={async (mergeId, reason) => !!(await unmerge.mutate({ mergeId, reason }))}
          />
        </div>
      </div>
    </>
  );
}
