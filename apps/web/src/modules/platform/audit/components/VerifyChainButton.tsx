import type { MutationState } from '../../../../api/useMutation';
import { Alert } from '../../../../ui/Alert';
import { Button } from '../../../../ui/Button';
import type { VerifyResult } from '../hooks/useVerifyAuditChain';

type VerifyProps = { verify: MutationState<void, VerifyResult> };

/** Asks the API to check every record's hash and link. */
export function VerifyChainButton({ verify }: VerifyProps) {
  return (
    <Button onClick={() => void verify.mutate(undefined)} isBusy={verify.isPending}>
      {verify.isPending ? 'Verifying…' : 'Verify chain'}
    </Button>
  );
}

/** Whether the trail is intact, or where it is broken (a polite live region). */
export function VerifyChainResult({ verify }: VerifyProps) {
  const result = verify.data;
  return (
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
  );
}
