import { IdParams } from '@bluelamp/contracts/common';
import { SetStaffSkillRequest, SkillList, StaffSkillList, StaffSkillParams } from '@bluelamp/contracts/workforce/rosters';
import type { App, AppDeps } from '../../../http/types';
import { errors } from '../../../http/schemas';
import { runWrite } from '../../../http/run-write';
import { notFound } from '../../../core/errors';
import { writeAudit } from '../../../core/audit';
import { londonClock, parseLocalDate } from './local-time';
import * as repo from './rosters.repository';
import { removeStaffSkill, setStaffSkill } from './commands/manage-rosters';

/** A person's skills, each marked current or not as of today (local date). */
function presentStaffSkills(staffId: string, items: repo.StaffSkillRecord[]) {
  const today = londonClock.dayOf(Date.now());
  return {
    staffId,
    items: items.map((s) => ({ ...s, isCurrent: parseLocalDate(s.obtainedOn)! <= today && (s.expiresOn === null || today <= parseLocalDate(s.expiresOn)!) })),
  };
}

export function registerSkillRoutes(app: App, deps: AppDeps): void {
  const tags = ['rosters'];
  const read = { access: { permission: 'workforce:read' } } as const;
  const edit = { access: { permission: 'workforce:roster' } } as const;

  app.get('/api/workforce/skills', { config: read, schema: { tags, summary: 'The catalogue of skills and qualifications', response: { 200: SkillList, ...errors(401, 403) } } }, async () => ({
    items: await repo.listSkills(deps.db),
  }));
  app.get(
    '/api/workforce/staff/:id/skills',
    { config: read, schema: { tags, summary: "A person's skills with expiry dates (audited)", params: IdParams, response: { 200: StaffSkillList, ...errors(400, 401, 403, 404) } } },
    async (request) => {
      const staff = await deps.db.selectFrom('staff').select('id').where('id', '=', request.params.id).executeTakeFirst();
      if (!staff) throw notFound('The officer or staff member');
      const items = await repo.listStaffSkills(deps.db, staff.id);
      await writeAudit(deps.db, request.ctx, { action: 'staff.skills_read', entityType: 'staff', entityId: staff.id });
      return presentStaffSkills(staff.id, items);
    },
  );
  app.put(
    '/api/workforce/staff/:id/skills/:code',
    { config: edit, schema: { tags, summary: 'Grant or renew a skill', params: StaffSkillParams, body: SetStaffSkillRequest, response: { 200: StaffSkillList, ...errors(400, 401, 403, 404) } } },
    async (request, reply) => runWrite(deps, request, reply, 200, async (tx) => presentStaffSkills(request.params.id, await setStaffSkill(tx, request.ctx, request.params.id, request.params.code, request.body))),
  );
  app.delete(
    '/api/workforce/staff/:id/skills/:code',
    { config: edit, schema: { tags, summary: 'Withdraw a skill', params: StaffSkillParams, response: { 200: StaffSkillList, ...errors(400, 401, 403, 404) } } },
    async (request, reply) => runWrite(deps, request, reply, 200, async (tx) => presentStaffSkills(request.params.id, await removeStaffSkill(tx, request.ctx, request.params.id, request.params.code))),
  );
}
