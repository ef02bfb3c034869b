import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/test-app';
import { duplicateProposalsFor } from './duplicate-proposals.service';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

const person = (givenNames: string, familyName: string, extra: Record<string, unknown> = {}) => ({ names: [{ kind: 'birth', givenNames, familyName }], ...extra });

type Proposal = { id: string; left: { id: string; label: string }; right: { id: string; label: string }; probability: number; reasons: string[]; status: string; version: number; mergeId: string | null; dismissal: { by: string; reason: string } | null };

describe('proposed duplicates (/api/identity/duplicates)', () => {
  let t: TestApp;
  let handler: string;
  let supervisor: string;
  let admin: string;

  // Changes reach the proposals through NOTIFY after commit: poll until the check has run.
  const eventually = async <T>(check: () => Promise<T>): Promise<T> => {
    const deadline = Date.now() + 10_000;
    for (;;) {
      try {
        return await check();
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  };
  const create = async (body: unknown) => {
    const res = await t.request('POST', '/api/identity/persons', { cookie: handler, body });
    expect(res.status).toBe(201);
    return res.body as { id: string; version: number };
  };
  const proposalsOf = async (personId: string, status = 'open'): Promise<Proposal[]> => {
    const res = await t.request('GET', `/api/identity/duplicates/persons?recordId=${personId}&status=${status}`, { cookie: supervisor });
    expect(res.status).toBe(200);
    return res.body.items;
  };
  const proposalFor = (a: string, b: string, status = 'open') =>
    eventually(async () => {
      const found = (await proposalsOf(a, status)).find((p) => [p.left.id, p.right.id].includes(b));
      if (!found) throw new Error(`no ${status} proposal for ${a} and ${b}`);
      return found;
    });
  const open = (id: string, cookie = supervisor) => t.request('GET', `/api/identity/duplicates/persons/${id}`, { cookie });
  const lastAudit = (action: string) => t.deps.db.selectFrom('audit_event').selectAll().where('action', '=', action).orderBy('seq', 'desc').execute();

  beforeAll(async () => {
    t = await startTestApp();
    [handler, supervisor, admin] = await Promise.all([t.signIn('demo.callhandler'), t.signIn('demo.supervisor'), t.signIn('demo.admin')]);
  });
  afterAll(async () => t?.stop());

  it('should fail with 401 without a session, 403 for the administrator and for a call handler (the queue is for those who merge)', async () => {
    expect((await t.request('GET', '/api/identity/duplicates/persons')).status).toBe(401);
    expect((await t.request('GET', '/api/identity/duplicates/persons', { cookie: admin })).status).toBe(403);
    expect((await t.request('GET', '/api/identity/duplicates/persons', { cookie: handler })).status).toBe(403);
    expect((await open(UNKNOWN, admin)).status).toBe(403);
    expect((await t.request('POST', `/api/identity/duplicates/persons/${UNKNOWN}/dismiss`, { cookie: handler, body: { version: 1, reason: 'Not them' } })).status).toBe(403);
  });

  it('should fail with 404 for an unknown proposal and 400 for an unknown filter', async () => {
    const res = await open(UNKNOWN);
    expect(res.status).toBe(404);
    expect(res.body.code).toBe('NOT_FOUND');
    expect((await t.request('GET', '/api/identity/duplicates/persons?colour=red', { cookie: supervisor })).status).toBe(400);
  });

  it('should propose two near-identical persons once both are recorded, with reasons, and show them side by side (audited)', async () => {
    const robert = await create(person('Robert', 'Smith', { dateOfBirth: '1980-12-03', phones: ['020 7601 2222'] }));
    const bob = await create(person('Bob', 'Smith', { dateOfBirth: '1980-12-03', phones: ['+44 20 7601 2222'] }));
    const unrelated = await create(person('Margaret', 'Okonkwo', { dateOfBirth: '1955-01-20' }));
    const proposal = await proposalFor(robert.id, bob.id);
    expect(proposal.probability).toBeGreaterThanOrEqual(0.8);
    // Worded from the pair's first record, whichever that is.
    expect(proposal.reasons.join('; ')).toMatch(/Bob is a form of Robert|Robert is a form of Bob/);
    expect(await proposalsOf(unrelated.id)).toEqual([]);

    const res = await open(proposal.id);
    expect(res.status).toBe(200);
    expect([res.body.left.id, res.body.right.id].sort()).toEqual([robert.id, bob.id].sort());
    expect(res.body.left.id).toBe(proposal.left.id);
    const reads = (await lastAudit('person.read')).filter((a) => (a.details as { proposalId?: string }).proposalId === proposal.id);
    expect(reads.map((a) => a.entity_id).sort()).toEqual([robert.id, bob.id].sort());
    expect(reads[0]!.actor_username).toBe('demo.supervisor');
  });

  it('should keep a dismissed pair dismissed, through changes that are not material and a full rescan; 409 with the current state on a stale version', async () => {
    const a = await create(person('Catherine', 'Hughes', { dateOfBirth: '1972-04-09', emails: ['cath.hughes@example.org'] }));
    const b = await create(person('Kathryn', 'Hughes', { dateOfBirth: '1972-04-09', emails: ['cath.hughes@example.org'] }));
    const proposal = await proposalFor(a.id, b.id);

    const stale = await t.request('POST', `/api/identity/duplicates/persons/${proposal.id}/dismiss`, { cookie: supervisor, body: { version: proposal.version + 1, reason: 'Twins at one address' } });
    expect(stale.status).toBe(409);
    expect(stale.body.code).toBe('VERSION_CONFLICT');
    expect(stale.body.details.current).toMatchObject({ id: proposal.id, status: 'open', version: proposal.version });

    const dismissed = await t.request('POST', `/api/identity/duplicates/persons/${proposal.id}/dismiss`, { cookie: supervisor, body: { version: proposal.version, reason: 'Twins at one address' } });
    expect(dismissed.status).toBe(200);
    expect(dismissed.body).toMatchObject({ status: 'dismissed', dismissal: { by: 'demo.supervisor', reason: 'Twins at one address' } });
    const again = await t.request('POST', `/api/identity/duplicates/persons/${proposal.id}/dismiss`, { cookie: supervisor, body: { version: dismissed.body.version, reason: 'Twins at one address' } });
    expect(again.status).toBe(409);
    expect(again.body.details.current.status).toBe('dismissed');
    const audits = (await lastAudit('person.duplicate_dismissed')).filter((e) => (e.details as { proposalId: string }).proposalId === proposal.id);
    expect(audits.map((e) => e.entity_id).sort()).toEqual([a.id, b.id].sort());
    expect(audits[0]!.reason).toBe('Twins at one address');

    // A flag is not matching evidence: the person is checked again, the pair stays dismissed.
    const flagged = await t.request('POST', `/api/identity/persons/${a.id}/flags`, { cookie: handler, body: { version: a.version, kind: 'vulnerable' } });
    expect(flagged.status).toBe(201);
    await eventually(async () => {
      const check = await t.deps.db.selectFrom('identity_duplicate_check').select('checked_version').where('entity_id', '=', a.id).executeTakeFirst();
      expect(check?.checked_version).toBe(flagged.body.version);
    });
    const scan = await t.request('POST', '/api/identity/duplicates/scan', { cookie: supervisor, body: { entityType: 'person' } });
    expect(scan.status).toBe(200);
    expect(scan.body.persons.records).toBeGreaterThanOrEqual(2);
    const [scanned] = await lastAudit('person.duplicates_scanned');
    expect(scanned).toMatchObject({ actor_username: 'demo.supervisor', details: { records: scan.body.persons.records } });
    const now = await t.request('GET', `/api/identity/duplicates/persons/${proposal.id}`, { cookie: supervisor });
    expect(now.body.proposal.status).toBe('dismissed');
    expect((await proposalsOf(a.id)).map((p) => p.id)).not.toContain(proposal.id);
  });

  it('should propose a dismissed pair again only when new evidence makes them look more alike, keeping the dismissal', async () => {
    const a = await create(person('Daniel', 'Price', { dateOfBirth: '1990-02-14', phones: ['07700 900456'] }));
    const b = await create(person('Danny', 'Price', { dateOfBirth: '1990-02-14', phones: ['07700900456'] }));
    const proposal = await proposalFor(a.id, b.id);
    const dismissed = await t.request('POST', `/api/identity/duplicates/persons/${proposal.id}/dismiss`, { cookie: supervisor, body: { version: proposal.version, reason: 'Father and son share the phone' } });
    expect(dismissed.status).toBe(200);
    const checkedAt = async (id: string, version: number) =>
      eventually(async () => {
        const check = await t.deps.db.selectFrom('identity_duplicate_check').select('checked_version').where('entity_id', '=', id).executeTakeFirst();
        expect(check?.checked_version).toBe(version);
      });

    // New evidence on one side only says nothing about the pair: still dismissed.
    const withNi = await t.request('POST', `/api/identity/persons/${a.id}/identifiers`, { cookie: handler, body: { version: a.version, kind: 'ni_number', value: 'JM 10 20 30 C' } });
    expect(withNi.status).toBe(201);
    await checkedAt(a.id, withNi.body.version);
    expect((await open(proposal.id)).body.proposal.status).toBe('dismissed');

    // The same NI number on both: they now look more alike than when dismissed.
    const bothNi = await t.request('POST', `/api/identity/persons/${b.id}/identifiers`, { cookie: handler, body: { version: b.version, kind: 'ni_number', value: 'JM102030C' } });
    expect(bothNi.status).toBe(201);
    const reopened = await proposalFor(a.id, b.id, 'open');
    expect(reopened.id).toBe(proposal.id);
    expect(reopened.probability).toBeGreaterThan(proposal.probability);
    expect(reopened.reasons.join('; ')).toMatch(/identifier|national insurance/i);
    expect(reopened).toMatchObject({ dismissal: { by: 'demo.supervisor', reason: 'Father and son share the phone' } });
    expect((reopened as Proposal & { reopenedAt: string | null }).reopenedAt).not.toBeNull();
  });

  it('should merge through a proposal (the existing merge, audited), refuse a stale record version with 409, and reopen nothing on unmerge', async () => {
    const a = await create(person('Siobhan', "O'Sullivan", { dateOfBirth: '1979-02-02', phones: ['07700 900123'] }));
    const b = await create(person('Siobhan', 'OSullivan', { dateOfBirth: '1979-02-02', phones: ['07700900123'] }));
    const proposal = await proposalFor(a.id, b.id);

    const stale = await t.request('POST', `/api/identity/duplicates/persons/${proposal.id}/merge`, {
      cookie: supervisor,
      body: { version: proposal.version, survivorId: a.id, survivorVersion: a.version + 5, mergedVersion: b.version, reason: 'Same person, apostrophe dropped' },
    });
    expect(stale.status).toBe(409);
    expect(stale.body.details.current.id).toBe(a.id);
    const notOfPair = await t.request('POST', `/api/identity/duplicates/persons/${proposal.id}/merge`, {
      cookie: supervisor,
      body: { version: proposal.version, survivorId: UNKNOWN, survivorVersion: 1, mergedVersion: 1, reason: 'Same person' },
    });
    expect(notOfPair.status).toBe(400);

    const merged = await t.request('POST', `/api/identity/duplicates/persons/${proposal.id}/merge`, {
      cookie: supervisor,
      body: { version: proposal.version, survivorId: a.id, survivorVersion: a.version, mergedVersion: b.version, reason: 'Same person, apostrophe dropped' },
    });
    expect(merged.status).toBe(200);
    expect(merged.body).toMatchObject({ status: 'merged', right: expect.anything() });
    expect(merged.body.mergeId).toBeTruthy();
    const gone = await t.request('GET', `/api/identity/persons/${b.id}`, { cookie: handler });
    expect(gone.status).toBe(404);
    expect(gone.body.details.mergedInto).toBe(a.id);
    const [audit] = await lastAudit('person.duplicate_merged');
    expect(audit).toMatchObject({ entity_id: a.id, actor_username: 'demo.supervisor', reason: 'Same person, apostrophe dropped' });
    expect((audit!.details as { mergeId: string }).mergeId).toBe(merged.body.mergeId);
    expect((await lastAudit('person.merged')).some((e) => (e.details as { mergeId: string }).mergeId === merged.body.mergeId)).toBe(true);

    // Deciding again on what was just decided is stale.
    const twice = await t.request('POST', `/api/identity/duplicates/persons/${proposal.id}/merge`, {
      cookie: supervisor,
      body: { version: proposal.version, survivorId: a.id, survivorVersion: a.version, mergedVersion: b.version, reason: 'Same person' },
    });
    expect(twice.status).toBe(409);
    expect(twice.body.details.current.status).toBe('merged');

    const unmerged = await t.request('POST', `/api/identity/duplicates/persons/${proposal.id}/unmerge`, { cookie: supervisor, body: { version: merged.body.version, reason: 'Two people: mother and daughter' } });
    expect(unmerged.status).toBe(200);
    expect(unmerged.body).toMatchObject({ status: 'dismissed', mergeId: null, dismissal: { by: 'demo.supervisor', reason: 'Two people: mother and daughter' } });
    expect((await t.request('GET', `/api/identity/persons/${b.id}`, { cookie: handler })).status).toBe(200);
    // Both persons are checked again after the unmerge; the pair stays dismissed.
    await eventually(async () => {
      const versions = await t.deps.db.selectFrom('person').select(['id', 'version']).where('id', 'in', [a.id, b.id]).execute();
      const checks = await t.deps.db.selectFrom('identity_duplicate_check').select(['entity_id', 'checked_version']).where('entity_id', 'in', [a.id, b.id]).execute();
      for (const v of versions) expect(checks.find((c) => c.entity_id === v.id)?.checked_version).toBe(v.version);
    });
    await duplicateProposalsFor(t.deps).settled();
    expect((await open(proposal.id)).body.proposal.status).toBe('dismissed');
  });

  it('should settle a proposal when its pair is merged through the plain merge route, and dismiss it when that merge is undone', async () => {
    const a = await create(person('Aisha', 'Khan', { dateOfBirth: '1991-07-14', emails: ['aisha.khan@example.org'] }));
    const b = await create(person('Ayesha', 'Khan', { dateOfBirth: '1991-07-14', emails: ['aisha.khan@example.org'] }));
    await proposalFor(a.id, b.id);
    const merge = await t.request('POST', '/api/identity/persons/merges', { cookie: supervisor, body: { survivorId: b.id, mergedId: a.id, survivorVersion: b.version, mergedVersion: a.version, reason: 'Same person' } });
    expect(merge.status).toBe(201);
    const merged = await proposalFor(a.id, b.id, 'merged');
    expect(merged.mergeId).toBe(merge.body.id);
    const undo = await t.request('POST', `/api/identity/persons/merges/${merge.body.id}/unmerge`, { cookie: supervisor, body: { reason: 'Different people after all' } });
    expect(undo.status).toBe(200);
    const dismissed = await proposalFor(a.id, b.id, 'dismissed');
    expect(dismissed.dismissal).toMatchObject({ by: 'demo.supervisor', reason: 'Different people after all' });
  });

  describe('places', () => {
    const place = async (address: string, extra: Record<string, unknown> = {}) => {
      const res = await t.request('POST', '/api/identity/locations', { cookie: handler, body: { address, ...extra } });
      expect(res.status).toBe(201);
      expect(res.body.isExisting).toBe(false);
      return res.body.location as { id: string; version: number };
    };

    it('should propose places whose addresses differ by a slip, with reasons, and merge them through the proposal', async () => {
      const a = await place('12 High Street, London EC2M 4NP');
      const b = await place('12 Hgih Street, London, EC2M 4NP');
      const elsewhere = await place('40 Moorgate, London EC2R 6EL');
      const scan = await t.request('POST', '/api/identity/duplicates/scan', { cookie: supervisor, body: { entityType: 'location' } });
      expect(scan.status).toBe(200);
      expect(scan.body.persons).toBeNull();
      expect(scan.body.locations.opened).toBeGreaterThanOrEqual(1);
      const list = await t.request('GET', `/api/identity/duplicates/locations?recordId=${a.id}`, { cookie: supervisor });
      expect(list.body.items).toHaveLength(1);
      const proposal = list.body.items[0] as Proposal;
      expect([proposal.left.id, proposal.right.id].sort()).toEqual([a.id, b.id].sort());
      expect(proposal.reasons).toContain('same postcode EC2M 4NP');
      expect(proposal.reasons.join('; ')).toMatch(/street addresses written alike/);
      expect((await t.request('GET', `/api/identity/duplicates/locations?recordId=${elsewhere.id}`, { cookie: supervisor })).body.items).toEqual([]);

      const detail = await t.request('GET', `/api/identity/duplicates/locations/${proposal.id}`, { cookie: supervisor });
      expect(detail.status).toBe(200);
      const merged = await t.request('POST', `/api/identity/duplicates/locations/${proposal.id}/merge`, {
        cookie: supervisor,
        body: { version: proposal.version, survivorId: a.id, survivorVersion: a.version, mergedVersion: b.version, reason: 'Typing slip in the street name' },
      });
      expect(merged.status).toBe(200);
      expect(merged.body.status).toBe('merged');
      expect((await t.request('GET', `/api/identity/locations/${b.id}`, { cookie: handler })).body.details.mergedInto).toBe(a.id);
    });

    it('should find a new place by the sweep, without a scan, and not propose different flats', async () => {
      const a = await place('Flat 1, 7 Cheapside, London EC2V 6AA');
      const b = await place('Flat 2, 7 Cheapside, London EC2V 6AA');
      const c = await place('Flat 1, 7 Cheapside, London EC2V 6AB');
      await duplicateProposalsFor(t.deps).sweep();
      const ofA = (await t.request('GET', `/api/identity/duplicates/locations?recordId=${a.id}`, { cookie: supervisor })).body.items as Proposal[];
      expect(ofA.map((p) => [p.left.id, p.right.id].sort())).toEqual([[a.id, c.id].sort()]);
      expect(ofA[0]!.reasons.join('; ')).toMatch(/postcodes one character apart \(EC2V 6A[AB] \/ EC2V 6A[AB]\)/);
      expect(ofA[0]!.reasons).toContain('same building number 7');
      expect((await t.request('GET', `/api/identity/duplicates/locations?recordId=${b.id}`, { cookie: supervisor })).body.items).toEqual([]);
    });
  });
});
