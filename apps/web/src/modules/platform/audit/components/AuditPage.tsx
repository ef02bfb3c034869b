import { useMemo, useState } from 'react';
import { useSearchParams } from '../../../../app/router';
import { PageHeader } from '../../../../ui/PageHeader';
import { Pager } from '../../../../ui/Pager';
import { QueryStatus } from '../../../../ui/QueryStatus';
import { useAuditSearch } from '../hooks/useAuditSearch';
import { useVerifyAuditChain } from '../hooks/useVerifyAuditChain';
import { EMPTY_AUDIT_FILTERS, toAuditQuery, type AuditFilterForm as Filters } from '../utils/auditFilters';
import { AuditEventsTable } from './AuditEventsTable';
import { AuditFilterForm } from './AuditFilterForm';
import { VerifyChainButton, VerifyChainResult } from './VerifyChainButton';

const PAGE_SIZE = 50;
const FILTER_KEYS = Object.keys(EMPTY_AUDIT_FILTERS) as (keyof Filters)[];

/**
 * The audit trail: every sign-in, read of personal data and change, newest first. The filters live
 * in the address, so a search can be bookmarked or linked to (a user's history links here).
 */
export function AuditPage() {
  const [params, setParams] = useSearchParams();
  const [errors, setErrors] = useState<Partial<Record<keyof Filters, string>>>({});
  const filters = useMemo(() => Object.fromEntries(FILTER_KEYS.map((k) => [k, params.get(k) ?? ''])) as Filters, [params]);
  const offset = Number(params.get('offset') ?? 0) || 0;
  const converted = toAuditQuery(filters);
  const query = 'query' in converted ? converted.query : {};
  const audit = useAuditSearch({ ...query, limit: PAGE_SIZE, offset });
  const verify = useVerifyAuditChain();

  const handleSearch = (next: Filters) => {
    const result = toAuditQuery(next);
    if ('errors' in result) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    setParams({ ...next, offset: undefined });
  };

  return (
    <>
      <PageHeader title="Audit trail" description="Every sign-in, every read of personal data and every change, in a tamper-evident chain. Times are London time." actions={<VerifyChainButton verify={verify} />} />
      <VerifyChainResult verify={verify} />
      <AuditFilterForm
        initial={filters}
        errors={errors}
        onSearch={handleSearch}
        onClear={() => {
          setErrors({});
          setParams(Object.fromEntries([...FILTER_KEYS, 'offset'].map((k) => [k, undefined])));
        }}
      />
      <QueryStatus isLoading={audit.isLoading} error={audit.error} onRetry={audit.refetch} what="the audit trail" />
      {audit.data && (
        <>
          <AuditEventsTable events={audit.data.items} caption="Audit records, newest first" isStale={audit.isFetching} />
          <Pager noun="records" offset={offset} limit={PAGE_SIZE} total={audit.data.total} onChange={(next) => setParams({ offset: next })} />
        </>
      )}
    </>
  );
}
