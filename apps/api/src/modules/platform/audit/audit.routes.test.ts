import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/test-app';
import { verifyAuditChain } from './audit.repository';
import { sealAuditChain } from '../../../core/audit';

describe('audit routes and the hash chain', () => {
  let t: TestApp;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.signIn('demo.admin');
  });
  afterAll(async () => t?.stop());

  describe('GET /api/audit', () => {
    it('should fail with 401 without a session', async () => {
      expect((await t.request('GET', '/api/audit')).status).toBe(401);
    });
    it('should fail with 403 for a supervisor', async () => {
      const res = await t.request('GET', '/api/audit', { cookie: await t.signIn('demo.supervisor') });
      expect(res.status).toBe(403);
    });
    it('should fail with 400 for a malformed date', async () => {
      const res = await t.request('GET', '/api/audit?from=yesterday', { cookie: admin });
      expect(res.status).toBe(400);
      expect(res.body.message).toBe('querystring/from must match format "date-time"');
    });
    it('should find events by actor and action prefix, newest first', async () => {
      await t.signIn('demo.analyst');
      await sealAuditChain(t.deps.db);
      const res = await t.request('GET', '/api/audit?actor=DEMO.ANALYST&action=session.*', { cookie: admin });
      expect(res.status).toBe(200);
      expect(res.body.items[0]).toMatchObject({ action: 'session.signed_in', actorUsername: 'demo.analyst', entityType: 'user' });
      expect(res.body.items[0].hash).toMatch(/^[0-9a-f]{64}$/);
      const seqs = res.body.items.map((e: { seq: number }) => e.seq);
      expect([...seqs].sort((a, b) => b - a)).toEqual(seqs);
    });
    it('should record that the trail itself was searched', async () => {
      const res = await t.request('GET', '/api/audit?action=audit.searched', { cookie: admin });
      expect(res.body.total).toBeGreaterThan(0);
    });
  });

  describe('append-only and tamper-evident', () => {
    it('should refuse UPDATE and DELETE on the trail from the application', async () => {
      await sealAuditChain(t.deps.db);
      await expect(sql`update audit_event set action = 'x' where seq = 1`.execute(t.deps.db)).rejects.toThrow(/append-only/);
      await expect(sql`update audit_event set hash = 'x' where seq = 1`.execute(t.deps.db)).rejects.toThrow(/append-only/);
      await expect(sql`delete from audit_event where seq = 1`.execute(t.deps.db)).rejects.toThrow(/append-only/);
    });

    it('should refuse to change the content of a record that is not sealed yet', async () => {
      // Written and checked in one transaction, so the background sealer cannot get to it first.
      await expect(
        t.deps.db.transaction().execute(async (tx) => {
          await sql`insert into audit_event (action, entity_type) values ('test.unsealed', 'test')`.execute(tx);
          await sql`update audit_event set action = 'test.forged' where action = 'test.unsealed'`.execute(tx);
        }),
      ).rejects.toThrow(/append-only/);
    });

    it('should seal committed records into the chain in the background', async () => {
      await t.signIn('demo.neighbourhood');
      const deadline = Date.now() + 5_000;
      let unsealed = Infinity;
      while (unsealed > 0 && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 100));
        const row = await t.deps.db.selectFrom('audit_event').select((eb) => eb.fn.countAll<number>().as('n')).where('hash', 'is', null).executeTakeFirstOrThrow();
        unsealed = Number(row.n);
      }
      expect(unsealed).toBe(0);
    });

    it('should verify an intact chain', async () => {
      const res = await t.request('POST', '/api/audit/verify', { cookie: admin });
      expect(res.status).toBe(200);
      expect(res.body.ok).toBe(true);
      expect(res.body.checked).toBeGreaterThan(5);
    });

    it('should fail with 403 on verify for a non-administrator', async () => {
      expect((await t.request('POST', '/api/audit/verify', { cookie: await t.signIn('demo.senior') })).status).toBe(403);
    });

    it('should report the first broken link when a superuser alters a record behind the triggers', async () => {
      await sealAuditChain(t.deps.db);
      const before = await verifyAuditChain(t.deps.db);
      expect(before.ok).toBe(true);
      // A database superuser can switch the guard off; the chain still gives them away.
      await sql`alter table audit_event disable trigger audit_event_no_update`.execute(t.deps.db);
      await sql`update audit_event set details = '{"username":"someone-else"}' where seq = 3`.execute(t.deps.db);
      await sql`alter table audit_event enable trigger audit_event_no_update`.execute(t.deps.db);
      const res = await t.request('POST', '/api/audit/verify', { cookie: admin });
      expect(res.body).toMatchObject({ ok: false, firstBrokenSeq: 3, checked: 2 });
      expect(res.body.problem).toMatch(/record 3 was altered/);
    });

    it('should report a re-hashed record by the broken link to it', async () => {
      await sql`alter table audit_event disable trigger audit_event_no_update`.execute(t.deps.db);
      // The forger recomputes record 3's hash to match its altered content; record 4 still points at the old hash.
      await sql`update audit_event set hash = audit_event_digest(prev_hash, audit_event) where seq = 3`.execute(t.deps.db);
      await sql`alter table audit_event enable trigger audit_event_no_update`.execute(t.deps.db);
      const report = await verifyAuditChain(t.deps.db);
      expect(report).toMatchObject({ ok: false, firstBrokenSeq: 4 });
      expect(report.problem).toMatch(/record 4 does not link to the record before it/);
    });
  });
});
