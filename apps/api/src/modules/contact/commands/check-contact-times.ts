import { invalidField } from '../contact.errors';

/** How far ahead of the server's clock a time may be (a handler's PC clock a little fast). */
export const CLOCK_SKEW_MS = 2 * 60_000;

/**
 * Received and answered times: neither in the future (beyond a two-minute clock skew), answered not
 * before received. Pure, so the rule is tested without a database.
 */
export function checkContactTimes(receivedAt: string, answeredAt: string | undefined, now: Date): { receivedAt: Date; answeredAt: Date | null } {
  const received = new Date(receivedAt);
  const answered = answeredAt === undefined ? null : new Date(answeredAt);
  const limit = now.getTime() + CLOCK_SKEW_MS;
  if (received.getTime() > limit) throw invalidField('body/receivedAt', 'is in the future', 'TIME_IN_FUTURE');
  if (answered && answered.getTime() > limit) throw invalidField('body/answeredAt', 'is in the future', 'TIME_IN_FUTURE');
  if (answered && answered < received) throw invalidField('body/answeredAt', 'is before the call was received', 'TIME_OUT_OF_ORDER');
  return { receivedAt: received, answeredAt: answered };
}
