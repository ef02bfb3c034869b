import { useState, type FormEvent } from 'react';
import { Link } from '../../../app/router';
import { Button } from '../../../ui/Button';
import { PageHeader } from '../../../ui/PageHeader';
import { TextField } from '../../../ui/TextField';

type ReasonToOpenProps = {
  onReason: (reason: string) => void;
  title: string;
  description: string;
  hint: string;
  submitLabel: string;
  back: { to: string; label: string };
};

/** Force policy asks why person records are opened: the reason is kept on the audit record. */
export function ReasonToOpen({ onReason, title, description, hint, submitLabel, back }: ReasonToOpenProps) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < 3) return setError('Give a reason of at least 3 characters');
    onReason(reason.trim());
  };
  return (
    <>
      <PageHeader title={title} description={description} />
      <form className="form-stack narrow" onSubmit={handleSubmit} noValidate>
        <TextField label="Reason" hint={hint} value={reason} onChange={(e) => setReason(e.target.value)} error={error} maxLength={500} />
        <div className="form-actions">
          <Button type="submit" variant="primary">
            {submitLabel}
          </Button>
          <Link to={back.to}>{back.label}</Link>
        </div>
      </form>
    </>
  );
}
