import { useState } from 'react';
import type { OffenceCodeDto } from '../../../../api/api';
import { DataTable, type Column } from '../../../../ui/DataTable';
import { QueryStatus } from '../../../../ui/QueryStatus';
import { TextField } from '../../../../ui/TextField';
import { useDebouncedValue } from '../../../../ui/useDebouncedValue';
import { useOffenceCodes } from '../hooks/useOffenceCodes';

const columns: Column<OffenceCodeDto>[] = [
  { header: 'Code', cell: (o) => <code>{o.code}</code>, className: 'nowrap' },
  { header: 'Offence', cell: (o) => o.label },
  { header: 'Group', cell: (o) => o.groupLabel ?? '' },
  { header: 'Police.uk category', cell: (o) => o.policeUkCategoryName ?? '' },
];

/** Search box over the Home Office offence codes: words ("theft from shop") or a code. */
export function OffenceCodeSearch({ limit = 25, isSearchTarget = true }: { limit?: number; isSearchTarget?: boolean }) {
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim());
  const codes = useOffenceCodes(q, limit);
  return (
    <div className="form-stack">
      <form role="search" aria-label="Offence codes" onSubmit={(e) => e.preventDefault()}>
        <TextField label="Search offence codes" hint='Words, e.g. "theft from shop", or a code' type="search" className="field-wide" value={text} onChange={(e) => setText(e.target.value)} data-search={isSearchTarget ? '' : undefined} />
      </form>
      <QueryStatus isLoading={codes.isLoading} error={codes.error} onRetry={codes.refetch} what="offence codes" />
      {codes.data && (
        <>
          <p className="muted" aria-live="polite">
            {codes.data.items.length === 0 ? 'No offence code matches' : q ? `${codes.data.items.length} best matches for “${q}”` : `First ${codes.data.items.length} codes`}
          </p>
          <DataTable caption="Offence codes" columns={columns} rows={codes.data.items} rowKey={(o) => o.code} emptyText="No offence code matches these words" isStale={codes.isFetching} />
        </>
      )}
    </div>
  );
}
