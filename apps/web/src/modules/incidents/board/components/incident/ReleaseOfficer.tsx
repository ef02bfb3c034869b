import { useState } from 'react';
import { Alert } from '../../../../../ui/Alert';
import { Button } from '../../../../../ui/Button';
import { TextField } from '../../../../../ui/TextField';
import { useRelease } from '../../../api/useIncidents';

/** Takes an officer off the incident before they are on scene (re-deployed), with the reason kept in the timeline. */
export function ReleaseOfficer({ incidentId, staffId, name }: { incidentId: string; staffId: string; name: string }) {
  const release = useRelease(incidentId);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  if (!open) {
    return (
      <Button variant="quiet" onClick={() => setOpen(true)} aria-label={`Release ${name}`}>
        Release
      </Button>
    );
  }
  return (
    <form
      className="form-stack"
      onSubmit={(e) => {
        e.preventDefault();
        void release.mutate({ staffId, body: { reason: reason.trim() } }).then((done) => done && setOpen(false));
      }}
    >
      {release.error && (
        <Alert tone="error" title="Not released">
          <p>{release.error.message}</p>
        </Alert>
      )}
      <TextField label={`Why ${name} is released`} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
      <div className="form-actions">
        <Button type="submit" disabled={reason.trim().length < 3} isBusy={release.isPending}>
          Release {name}
        </Button>
        <Button variant="quiet" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
