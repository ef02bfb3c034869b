import { useState, type FormEvent } from 'react';
import { Button } from '../../../../ui/Button';
import { TextField } from '../../../../ui/TextField';
import type { PeriodErrors, PeriodForm } from '../utils/reportPeriod';

type ReportPeriodFormProps = { initial: PeriodForm; errors: PeriodErrors; onShow: (form: PeriodForm) => void };

/** The report's London days, DD/MM/YYYY, both inclusive. */
export function ReportPeriodForm({ initial, errors, onShow }: ReportPeriodFormProps) {
  const [form, setForm] = useState(initial);
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    onShow(form);
  };
  return (
    <form className="response-period" aria-label="Report period" onSubmit={handleSubmit} noValidate>
      <TextField label="From" hint="First day, DD/MM/YYYY" inputMode="numeric" placeholder="DD/MM/YYYY" value={form.from} onChange={(e) => setForm((f) => ({ ...f, from: e.target.value }))} error={errors.from} />
      <TextField label="To" hint="Last day, included" inputMode="numeric" placeholder="DD/MM/YYYY" value={form.to} onChange={(e) => setForm((f) => ({ ...f, to: e.target.value }))} error={errors.to} />
      <div className="form-actions">
        <Button type="submit" variant="primary">
          Show figures
        </Button>
      </div>
    </form>
  );
}
