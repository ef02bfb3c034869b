import { Alert } from '../../../ui/Alert';

/** After a 409: the screen now shows someone else's newer version; nothing of the user's was saved. */
export function ConflictAlert({ what, version }: { what: string; version: number }) {
  return (
    <Alert tone="warning" title={`This ${what} was changed by someone else`} isSummary>
      <p>Nothing of yours was saved. The record below is now their version (version {version}); check it, then make your change again if it is still needed.</p>
    </Alert>
  );
}
