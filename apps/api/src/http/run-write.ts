import crypto from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Transaction } from 'kysely';
import type { DB } from '../core/db/schema';
import { AppError } from '../core/errors';
import type { AppDeps } from './types';

/**
 * Runs a route's write in one transaction and honours `Idempotency-Key`: the key is claimed in the
 * same transaction as the change and stores the answer, so a retry gets the first answer (same
 * status, same body) and the change happens once. A key reused for a different request is refused.
 * Routes open no transaction of their own: this is the one place writes begin.
 */
export async function runWrite<T>(
  deps: Pick<AppDeps, 'db'>,
  request: FastifyRequest,
  reply: FastifyReply,
  statusCode: number,
  work: (tx: Transaction<DB>) => Promise<T>,
): Promise<T> {
  const key = request.ctx.idempotencyKey;
  const userId = request.actor?.userId;
  if (!key || !userId) {
    const result = await deps.db.transaction().execute(work);
    void reply.status(statusCode);
    return result;
  }
  if (key.length > 200) throw new AppError('VALIDATION_FAILED', 'Idempotency-Key must be at most 200 characters');
  const requestHash = crypto
    .createHash('sha256')
    .update(`${request.method} ${request.url}\n${JSON.stringify(request.body ?? null)}`)
    .digest('hex');

  const outcome = await deps.db.transaction().execute(async (tx) => {
    const claimed = await tx
      .insertInto('idempotency_key')
      .values({ user_id: userId, key, request_hash: requestHash, status_code: null, response: null })
      .onConflict((oc) => oc.doNothing())
      .returning('key')
      .executeTakeFirst();
    if (!claimed) {
      const prior = await tx
        .selectFrom('idempotency_key')
        .select(['request_hash', 'status_code', 'response'])
        .where('user_id', '=', userId)
        .where('key', '=', key)
        .executeTakeFirstOrThrow();
      if (prior.request_hash !== requestHash) {
        throw new AppError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used for a different request');
      }
      return { replayed: true as const, status: prior.status_code ?? statusCode, body: prior.response as T };
    }
    const body = await work(tx);
    await tx
      .updateTable('idempotency_key')
      .set({ status_code: statusCode, response: JSON.stringify(body ?? null) })
      .where('user_id', '=', userId)
      .where('key', '=', key)
      .execute();
    return { replayed: false as const, status: statusCode, body };
  });
  if (outcome.replayed) void reply.header('idempotent-replayed', 'true');
  void reply.status(outcome.status);
  return outcome.body;
}
