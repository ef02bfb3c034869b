import { PolicyKeyParams, PolicySetting, PolicySettingList, UpdatePolicySettingRequest } from '@bluelamp/contracts/platform/policy';
import type { App, AppDeps } from '../../../http/types';
import { errors } from '../../../http/schemas';
import { runWrite } from '../../../http/run-write';
import { AppError, notFound, versionConflict } from '../../../core/errors';
import { writeAudit } from '../../../core/audit';
import { getPolicySetting, listPolicySettings, updatePolicySetting } from './policy.repository';

export function registerPolicyRoutes(app: App, deps: AppDeps): void {
  const tags = ['policy'];
  app.get(
    '/api/policy',
    { config: { access: { permission: 'policy:read' } }, schema: { tags, summary: 'Force policy settings', response: { 200: PolicySettingList, ...errors(401, 403) } } },
    async () => ({ items: await listPolicySettings(deps.db) }),
  );

  app.patch(
    '/api/policy/:key',
    {
      config: { access: { permission: 'policy:manage' } },
      schema: { tags, summary: 'Change a force policy setting (with a reason)', params: PolicyKeyParams, body: UpdatePolicySettingRequest, response: { 200: PolicySetting, ...errors(400, 401, 403, 404, 409) } },
    },
    async (request, reply) =>
      runWrite(deps, request, reply, 200, async (tx) => {
        const { key } = request.params;
        const before = await getPolicySetting(tx, key);
        if (!before) throw notFound(`The policy setting ${key}`);
        if (typeof before.value !== typeof request.body.value) {
          throw new AppError('VALIDATION_FAILED', `${key} takes a ${typeof before.value} value`, { issues: [{ path: 'body/value', message: `must be a ${typeof before.value}` }] });
        }
        const after = await updatePolicySetting(tx, { key, value: request.body.value, expectedVersion: request.body.version, userId: request.actor!.userId });
        if (!after) throw versionConflict(`The policy setting ${key}`, await getPolicySetting(tx, key));
        await deps.events.publish(tx, { type: 'policy.updated', permission: 'policy:read', entityType: 'policy_setting', entityId: key, data: { value: after.value, version: after.version } });
        await writeAudit(tx, request.ctx, { action: 'policy.updated', entityType: 'policy_setting', entityId: key, reason: request.body.reason, details: { from: before.value, to: after.value } });
        return after;
      }),
  );
}
