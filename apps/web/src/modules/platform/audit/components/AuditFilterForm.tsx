import { useState, type FormEvent } from 'react';
import { Button } from '../../../../ui/Button';
import { TextField } from '../../../../ui/TextField';
import type { AuditFilterForm as Filters } from '../utils/auditFilters';

type AuditFilterFormProps = {
  initial: Filters;
  errors: Partial<Record<keyof Filters, string>>;
  onSearch: (filters: Filters) => void;
  onClear: () => void;
};

/** Who, what, which record, and which London days. */
export function AuditFilterForm({ initial, errors, onSearch, onClear }: AuditFilterFormProps) {
  const [form, setForm] = useState(initial);
  const set = (name: keyof Filters) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [name]: e.target.value }));
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(form);
  };
  return (
    <form className="filter-grid" role="search" aria-label="Search the audit trail" onSubmit={handleSubmit} noValidate>
      <TextField label="Username" hint="Exact, e.g. demo.admin" value={form.actor} onChange={set('actor')} autoCapitalize="none" spellCheck={false} data-search="" />
      <TextField label="Action" hint="Exact, or a prefix ending in *, e.g. user.*" value={form.action} onChange={set('action')} autoCapitalize="none" spellCheck={false} />
      <TextField label="Record type" hint="e.g. user, staff, policy_setting" value={form.entityType} onChange={set('entityType')} autoCapitalize="none" spellCheck={false} />
      <TextField label="Record ID" hint="e.g. a user's or staff ID" value={form.entityId} onChange={set('entityId')} autoCapitalize="none" spellCheck={false} />
      <TextField label="From" hint="A London day, DD/MM/YYYY" inputMode="numeric" placeholder="DD/MM/YYYY" value={form.from} onChange={set('from')} error={errors.from} />
      <TextField label="To" hint="Up to the end of that day" inputMode="numeric" placeholder="DD/MM/YYYY" value={form.to} onChange={set('to')} error={errors.to} />
      <div className="form-actions filter-actions">
        <Button type="submit" variant="primary">
          Search
        </Button>
        <Button
          onClick={() => {
            setForm({ actor: '', action: '', entityType: '', entityId: '', from: '', to: '' });
            onClear();
          }}
        >
          Clear
        </Button>
      </div>
    </form>
  );
}
