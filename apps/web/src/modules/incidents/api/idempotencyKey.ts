/**
 * A fresh Idempotency-Key: one per user intent (one per call taken), reused when that intent is
 * retried. Uses crypto.getRandomValues, which unlike randomUUID also works on plain http.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
