import { DemandProfileResponse, DemandQuery, ResponseReport, ResponseReportQuery } from '@bluelamp/contracts/incidents/report';
import { Type } from '@sinclair/typebox';
import type { App, AppDeps } from '../../../http/types';
import { errors } from '../../../http/schemas';
import { writeAudit } from '../../../core/audit';
import { AppError } from '../../../core/errors';
import { incidentDemandSource } from '../demand/demand-profile';
import { reportPeriod, responseCsv, responseReport } from './response-report';

/** Response performance per grade over a period, its CSV export, and the demand profile. */
export function registerResponseReportRoutes(app: App, deps: AppDeps): void {
  const tags = ['incidents'];
  const report = { access: { permission: 'incidents:report' } } as const;

  app.get(
    '/api/incidents/reports/response',
    { config: report, schema: { tags, summary: 'Response figures per grade for incidents received on these dates (Europe/London, inclusive)', querystring: ResponseReportQuery, response: { 200: ResponseReport, ...errors(400, 401, 403) } } },
    async (request) => responseReport(deps.db, request.query.from, request.query.to),
  );

  app.get(
    '/api/incidents/reports/response.csv',
    {
      config: report,
      schema: { tags, summary: 'One row per incident received on these dates, to recompute the figures (audited)', querystring: ResponseReportQuery, response: { 200: Type.String({ description: 'text/csv' }), ...errors(400, 401, 403) } },
    },
    async (request, reply) => {
      const { from, to } = request.query;
      const { csv, rows } = await responseCsv(deps.db, from, to);
      await writeAudit(deps.db, request.ctx, { action: 'incident.response_exported', entityType: 'incident', details: { from, to, rows } });
      return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', `attachment; filename="response-${from}-to-${to}.csv"`).send(csv);
    },
  );

  app.get(
    '/api/incidents/demand',
    {
      config: { access: { permission: 'incidents:demand' } },
      schema: { tags, summary: 'An average week of incidents per hour of the week (Europe/London) by first grade, over these dates (inclusive, at least 7 days)', querystring: DemandQuery, response: { 200: DemandProfileResponse, ...errors(400, 401, 403) } },
    },
    async (request) => {
      const period = reportPeriod(request.query.from, request.query.to);
      if (period.end.getTime() - period.start.getTime() < 7 * 86_400_000 - 3_600_000) {
        throw new AppError('VALIDATION_FAILED', 'to must be at least 7 days after from (the period is averaged into one week)', { issues: [{ path: 'to', message: 'to must be at least 6 days after from' }] });
      }
      const categoryCodes = request.query.category?.split(',').map((c) => c.trim()).filter(Boolean);
      const profile = await incidentDemandSource.demandProfile(deps.db, { from: period.start, to: period.end }, categoryCodes?.length ? { categoryCodes } : undefined);
      return { ...profile, period: { from: profile.period.from.toISOString(), to: profile.period.to.toISOString() } };
    },
  );
}
