import { Alert } from '../../../../ui/Alert';
import { Button } from '../../../../ui/Button';
import { useVerifyAuditChain } from '../hooks/useVerifyAuditChain';

/** Checks every record's hash and link, and says whether the trail is intact. */
export function VerifyChainButton() {
  const verify = useVerifyAuditChain();
  const result = verify.data;
  return (
    <div className="verify">
      <Button onClick={() => void verify.mutate(undefined)} isBusy={verify.isPending}>
        {verify.isPending ? 'Verifying…' : 'Verify chain'}
      </Button>
      <div aria-live="polite">
        {verify.error && <Alert tone="error">{verify.error.message}</Alert>}
        {result?.ok && (
          <Alert tone="success" title="The audit trail is intact">
            {result.checked.toLocaleString('en-GB')} records checked; every record matches its hash and links to the one before.
          </Alert>
        )}
        {result && !result.ok && (
          <Alert tone="error" title={`The audit trail is broken at record ${result.firstBrokenSeq ?? '?'}`}>
            {result.problem} ({result.checked.toLocaleString('en-GB')} records checked before it.)
          </Alert>
        )}
      </div>
    </div>
  );
}
