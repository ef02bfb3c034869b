import { useState, type FormEvent } from 'react';
import { Link } from '../../../../app/router';
import { Button } from '../../../../ui/Button';
import { PageHeader } from '../../../../ui/PageHeader';
import { TextField } from '../../../../ui/TextField';

/** Force policy asks why person records are opened: comparing a pair opens two. The reason is kept on the audit record. */
export function ReasonToOpen({ onReason }: { onReason: (reason: string) => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim().length < 3) return setError('Give a reason of at least 3 characters');
    onReason(reason.trim());
  };
  return (
    <>
      <PageHeader title="Why are you opening these records?" description="Force policy asks for a reason to open person records. Comparing a possible duplicate opens both; the reason is kept with the audit trail." />
      <form className="form-stack narrow" onSubmit={handleSubmit} noValidate>
        <TextField label="Reason" hint="e.g. data quality review" value={reason} onChange={(e) => setReason(e.target.value)} error={error} maxLength={500} />
        <div className="form-actions">
          <Button type="submit" variant="primary">
            Compare the records
          </Button>
          <Link to="/duplicates">Back to possible duplicates</Link>
        </div>
      </form>
    </>
  );
}
