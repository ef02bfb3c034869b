import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../../core/db/schema';

type Q = Kysely<DB> | Transaction<DB>;

const present = (r: { key: string; value: unknown; description: string; version: number; updated_at: Date }) => ({
  key: r.key,
  value: r.value,
  description: r.description,
  version: r.version,
  updatedAt: r.updated_at.toISOString(),
});
export type PolicySettingDto = ReturnType<typeof present>;

export async function listPolicySettings(q: Q): Promise<PolicySettingDto[]> {
  const rows = await q.selectFrom('policy_setting').select(['key', 'value', 'description', 'version', 'updated_at']).orderBy('key').execute();
  return rows.map(present);
}

export async function getPolicySetting(q: Q, key: string): Promise<PolicySettingDto | undefined> {
  const row = await q.selectFrom('policy_setting').select(['key', 'value', 'description', 'version', 'updated_at']).where('key', '=', key).executeTakeFirst();
  return row && present(row);
}

/** Sets a value if the version still matches; undefined when someone else changed it first. */
export async function updatePolicySetting(tx: Transaction<DB>, input: { key: string; value: unknown; expectedVersion: number; userId: string }) {
  const row = await tx
    .updateTable('policy_setting')
    .set((eb) => ({ value: JSON.stringify(input.value), version: eb('version', '+', 1), updated_at: new Date(), updated_by: input.userId }))
    .where('key', '=', input.key)
    .where('version', '=', input.expectedVersion)
    .returning(['key', 'value', 'description', 'version', 'updated_at'])
    .executeTakeFirst();
  return row && present(row);
}
