import {
  GradeParams,
  IncidentCategoryList,
  OffenceCodeList,
  OutcomeTypeList,
  PoliceUkCategoryList,
  ResponseGrade,
  ResponseGradeList,
  SearchOffenceCodesQuery,
  UpdateResponseGradeRequest,
} from '@bluelamp/contracts/platform/reference';
import type { App, AppDeps } from '../../../http/types';
import { errors } from '../../../http/schemas';
import { runWrite } from '../../../http/run-write';
import { notFound, versionConflict } from '../../../core/errors';
import { writeAudit } from '../../../core/audit';
import {
  getResponseGrade,
  listIncidentCategories,
  listOutcomeTypes,
  listPoliceUkCategories,
  listResponseGrades,
  searchOffenceCodes,
  updateResponseGradeTarget,
} from './reference.repository';

type GradeRow = NonNullable<Awaited<ReturnType<typeof getResponseGrade>>>;
const presentGrade = (g: GradeRow) => ({
  code: g.code,
  name: g.name,
  description: g.description,
  targetSeconds: g.targetSeconds,
  sortOrder: g.sortOrder,
  version: g.version,
  updatedAt: new Date(g.updatedAt).toISOString(),
});

export function registerReferenceRoutes(app: App, deps: AppDeps): void {
  const tags = ['reference'];
  const read = { access: { permission: 'reference:read' } } as const;

  app.get('/api/reference/grades', { config: read, schema: { tags, summary: 'Response grades and their attendance targets', response: { 200: ResponseGradeList, ...errors(401, 403) } } }, async () => ({
    items: (await listResponseGrades(deps.db)).map(presentGrade),
  }));

  app.patch(
    '/api/reference/grades/:code',
    {
      config: { access: { permission: 'reference:manage' } },
      schema: { tags, summary: "Change a grade's target (with a reason)", params: GradeParams, body: UpdateResponseGradeRequest, response: { 200: ResponseGrade, ...errors(400, 401, 403, 404, 409) } },
    },
    async (request, reply) =>
      runWrite(deps, request, reply, 200, async (tx) => {
        const before = await getResponseGrade(tx, request.params.code);
        if (!before) throw notFound(`The response grade ${request.params.code}`);
        const after = await updateResponseGradeTarget(tx, {
          code: before.code,
          targetSeconds: request.body.targetSeconds,
          expectedVersion: request.body.version,
          userId: request.actor!.userId,
        });
        if (!after) throw versionConflict('The response grade', presentGrade(before));
        await deps.events.publish(tx, { type: 'reference.grade_updated', permission: 'reference:read', entityType: 'response_grade', entityId: after.code, data: { targetSeconds: after.targetSeconds } });
        await writeAudit(tx, request.ctx, {
          action: 'response_grade.updated',
          entityType: 'response_grade',
          entityId: after.code,
          reason: request.body.reason,
          details: { targetSeconds: { from: before.targetSeconds, to: after.targetSeconds } },
        });
        return presentGrade(after);
      }),
  );

  app.get(
    '/api/reference/offence-codes',
    { config: read, schema: { tags, summary: 'Home Office offence codes, searched by words or code', querystring: SearchOffenceCodesQuery, response: { 200: OffenceCodeList, ...errors(400, 401, 403) } } },
    async (request) => ({ items: await searchOffenceCodes(deps.db, { query: request.query.q, limit: request.query.limit ?? 20, leafOnly: true }) }),
  );

  app.get('/api/reference/police-uk-categories', { config: read, schema: { tags, summary: 'data.police.uk crime categories', response: { 200: PoliceUkCategoryList, ...errors(401, 403) } } }, async () => ({
    items: (await listPoliceUkCategories(deps.db)).map((c) => ({ code: c.code, name: c.name })),
  }));

  app.get('/api/reference/outcome-types', { config: read, schema: { tags, summary: 'Home Office crime outcome types', response: { 200: OutcomeTypeList, ...errors(401, 403) } } }, async () => ({
    items: (await listOutcomeTypes(deps.db)).map((o) => ({ code: o.code, label: o.label, outcomeGroup: o.outcomeGroup })),
  }));

  app.get('/api/reference/incident-categories', { config: read, schema: { tags, summary: 'Incident categories (NSIR classes) with default grades', response: { 200: IncidentCategoryList, ...errors(401, 403) } } }, async () => ({
    items: (await listIncidentCategories(deps.db, { includeInactive: false })).map((c) => ({
      code: c.code,
      name: c.name,
      nsirClass: c.nsirClass,
      defaultGradeCode: c.defaultGradeCode,
      isActive: c.isActive,
    })),
  }));
}
