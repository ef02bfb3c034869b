import type { Kysely } from 'kysely';
import type { DB } from '../../core/db/schema';
import { AppError } from '../../core/errors';
import { getPolicySetting } from '../platform';

/** The force policy that makes opening a person record need a stated reason (kept on the audit record). */
export const REASON_REQUIRED_FOR_PERSON_READ = 'identity.reasonRequiredForPersonRead';

/**
 * Refuses to open a person record without a reason when force policy asks for one. Decided before
 * the record is read, like every access rule.
 */
export async function requireReadReason(db: Kysely<DB>, reason: string | undefined): Promise<void> {
  if (reason) return;
  const setting = await getPolicySetting(db, REASON_REQUIRED_FOR_PERSON_READ);
  if (setting?.value !== true) return;
  throw new AppError('REASON_REQUIRED', 'Force policy asks for a reason to open a person record', {
    issues: [{ path: 'querystring/reason', message: 'querystring/reason is required by force policy' }],
  });
}
