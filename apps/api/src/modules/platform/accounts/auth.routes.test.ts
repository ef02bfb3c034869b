import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../../test/test-app';
import { clearSessionCache } from './session.repository';

describe('auth routes', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ signInMaxFailures: 3, signInLockSeconds: 2 });
  });
  afterAll(async () => t?.stop());

  describe('POST /api/auth/sign-in', () => {
    it('should sign in a demo user and set an httpOnly, SameSite=Strict session cookie', async () => {
      const res = await t.request('POST', '/api/auth/sign-in', { body: { username: 'demo.callhandler', password: 'bluelamp-demo' } });
      expect(res.status).toBe(200);
      expect(res.body.user.username).toBe('demo.callhandler');
      expect(res.body.user.roles).toEqual(['call_handler']);
      expect(res.body.user).not.toHaveProperty('passwordHash');
      const cookie = res.headers.get('set-cookie')!;
      expect(cookie).toMatch(/^bluelamp_session=[A-Za-z0-9_-]{43};/);
      expect(cookie).toContain('HttpOnly');
      expect(cookie).toContain('SameSite=Strict');
      expect(cookie).not.toContain('Secure'); // test mode; production sets it (see production test)
    });

    it('should accept the username in any case', async () => {
      const res = await t.request('POST', '/api/auth/sign-in', { body: { username: 'Demo.Analyst', password: 'bluelamp-demo' } });
      expect(res.status).toBe(200);
    });

    it('should fail with 401 INVALID_CREDENTIALS for a wrong password, without saying which part was wrong', async () => {
      const res = await t.request('POST', '/api/auth/sign-in', { body: { username: 'demo.dispatcher', password: 'not-the-password' } });
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ code: 'INVALID_CREDENTIALS', message: 'The username or password is wrong' });
      const unknown = await t.request('POST', '/api/auth/sign-in', { body: { username: 'nobody.here', password: 'whatever' } });
      expect(unknown.body).toEqual(res.body);
    });

    it('should fail with 400 VALIDATION_FAILED when a field is missing', async () => {
      const res = await t.request('POST', '/api/auth/sign-in', { body: { username: 'demo.admin' } });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.message).toBe('body/password is required');
    });

    it('should fail with 400 when a field has the wrong type', async () => {
      const res = await t.request('POST', '/api/auth/sign-in', { body: { username: 'demo.admin', password: 12345 } });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.message).toBe('body/password must be string');
    });

    it('should fail with 400 when an unknown field is sent', async () => {
      const res = await t.request('POST', '/api/auth/sign-in', { body: { username: 'demo.admin', password: 'x', remember: true } });
      expect(res.status).toBe(400);
      expect(res.body.message).toBe('body/remember is not an accepted field');
    });

    it('should fail with 400 MALFORMED_JSON for a body that is not JSON', async () => {
      const res = await t.request('POST', '/api/auth/sign-in', { rawBody: '{"username": "demo.admin",', headers: { 'content-type': 'application/json' } });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('MALFORMED_JSON');
    });

    it('should fail with 413 PAYLOAD_TOO_LARGE for an oversized body', async () => {
      const res = await t.request('POST', '/api/auth/sign-in', { body: { username: 'demo.admin', password: 'x'.repeat(2 * 1024 * 1024) } });
      expect(res.status).toBe(413);
      expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
    });

    it('should fail with 415 for a body that is not JSON at all', async () => {
      const res = await t.request('POST', '/api/auth/sign-in', { rawBody: 'username=demo.admin', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      expect(res.status).toBe(415);
      expect(res.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    });

    it('should throttle an account after repeated wrong passwords, then let the owner sign in once the lock lapses', async () => {
      for (let i = 0; i < 2; i++) {
        const res = await t.request('POST', '/api/auth/sign-in', { body: { username: 'demo.detective', password: 'guess' + i } });
        expect(res.status).toBe(401);
      }
      const third = await t.request('POST', '/api/auth/sign-in', { body: { username: 'demo.detective', password: 'guess-3' } });
      expect(third.status).toBe(429);
      expect(third.body.code).toBe('SIGN_IN_THROTTLED');
      expect(third.body.details.retryAfterSeconds).toBeGreaterThan(0);
      // While locked, even the right password is refused: guessing gains nothing.
      const locked = await t.request('POST', '/api/auth/sign-in', { body: { username: 'demo.detective', password: 'bluelamp-demo' } });
      expect(locked.status).toBe(429);
      // Another account is not affected.
      expect((await t.request('POST', '/api/auth/sign-in', { body: { username: 'demo.cmu', password: 'bluelamp-demo' } })).status).toBe(200);
      await new Promise((r) => setTimeout(r, 2_100));
      const later = await t.request('POST', '/api/auth/sign-in', { body: { username: 'demo.detective', password: 'bluelamp-demo' } });
      expect(later.status).toBe(200);
    });

    it('should record failed and successful sign-ins in the audit trail', async () => {
      const rows = await t.deps.db
        .selectFrom('audit_event')
        .select(['action', 'details'])
        .where('action', 'in', ['session.sign_in_failed', 'session.signed_in'])
        .execute();
      expect(rows.some((r) => r.action === 'session.sign_in_failed' && (r.details as { username: string }).username === 'demo.dispatcher')).toBe(true);
      expect(rows.some((r) => r.action === 'session.signed_in')).toBe(true);
      // Passwords never reach the audit trail.
      expect(JSON.stringify(rows)).not.toContain('not-the-password');
    });
  });

  describe('GET /api/auth/me', () => {
    it('should fail with 401 UNAUTHENTICATED without a session', async () => {
      const res = await t.request('GET', '/api/auth/me');
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ code: 'UNAUTHENTICATED', message: 'Sign in to continue' });
    });

    it('should fail with 401 for a forged cookie', async () => {
      const res = await t.request('GET', '/api/auth/me', { cookie: 'bluelamp_session=forged-token-value' });
      expect(res.status).toBe(401);
    });

    it('should return the user with the permissions of their roles', async () => {
      const cookie = await t.signIn('demo.admin');
      const res = await t.request('GET', '/api/auth/me', { cookie });
      expect(res.status).toBe(200);
      expect(res.body.user.roles).toEqual(['administrator']);
      expect(res.body.user.permissions).toContain('users:manage');
      const handler = await t.request('GET', '/api/auth/me', { cookie: await t.signIn('demo.callhandler') });
      expect(handler.body.user.permissions).not.toContain('users:manage');
      expect(handler.body.user.permissions).toContain('reference:read');
    });

    it('should fail with 401 SESSION_EXPIRED once the session has expired', async () => {
      const cookie = await t.signIn('demo.senior');
      await t.deps.db.updateTable('user_session').set({ expires_at: new Date(Date.now() - 1000) }).execute();
      clearSessionCache(); // the change was made behind the application's back, so it cannot know

      const res = await t.request('GET', '/api/auth/me', { cookie });
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('SESSION_EXPIRED');
    });

    it('should remove expired sessions of a user when they sign in again', async () => {
      const before = await t.deps.db.selectFrom('user_session as s').innerJoin('app_user as u', 'u.id', 's.user_id').select('s.token_hash').where('u.username', '=', 'demo.senior').where('s.expires_at', '<', new Date()).execute();
      expect(before.length).toBeGreaterThan(0); // the session expired by the test above
      await t.signIn('demo.senior');
      const after = await t.deps.db.selectFrom('user_session as s').innerJoin('app_user as u', 'u.id', 's.user_id').select('s.token_hash').where('u.username', '=', 'demo.senior').where('s.expires_at', '<', new Date()).execute();
      expect(after).toHaveLength(0);
    });
  });

  describe('POST /api/auth/sign-out', () => {
    it('should fail with 401 without a session', async () => {
      expect((await t.request('POST', '/api/auth/sign-out')).status).toBe(401);
    });

    it('should end the session so the cookie no longer works', async () => {
      const cookie = await t.signIn('demo.registrar');
      const out = await t.request('POST', '/api/auth/sign-out', { cookie });
      expect(out.status).toBe(204);
      expect(out.headers.get('set-cookie')).toContain('bluelamp_session=;');
      expect((await t.request('GET', '/api/auth/me', { cookie })).status).toBe(401);
    });

    it('should refuse a write from another site (Origin mismatch) with 403', async () => {
      const cookie = await t.signIn('demo.registrar');
      const res = await t.request('POST', '/api/auth/sign-out', { cookie, headers: { origin: 'https://evil.example' } });
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN');
    });
  });

  describe('POST /api/auth/password', () => {
    it('should fail with 401 without a session', async () => {
      expect((await t.request('POST', '/api/auth/password', { body: { currentPassword: 'a', newPassword: 'b' } })).status).toBe(401);
    });

    it('should fail with 400 WEAK_PASSWORD for a short new password', async () => {
      const cookie = await t.signIn('demo.offender');
      const res = await t.request('POST', '/api/auth/password', { cookie, body: { currentPassword: 'bluelamp-demo', newPassword: 'short' } });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ code: 'WEAK_PASSWORD', message: 'Password must be at least 12 characters long' });
    });

    it('should fail with 401 when the current password is wrong', async () => {
      const cookie = await t.signIn('demo.offender');
      const res = await t.request('POST', '/api/auth/password', { cookie, body: { currentPassword: 'wrong', newPassword: 'a much better password' } });
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('INVALID_CREDENTIALS');
    });

    it('should change the password so the new one signs in', async () => {
      const cookie = await t.signIn('demo.offender');
      const res = await t.request('POST', '/api/auth/password', { cookie, body: { currentPassword: 'bluelamp-demo', newPassword: 'a much better password' } });
      expect(res.status).toBe(204);
      await expect(t.signIn('demo.offender', 'a much better password')).resolves.toMatch(/^bluelamp_session=/);
    });
  });
});
