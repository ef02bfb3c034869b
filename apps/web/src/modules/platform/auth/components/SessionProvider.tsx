import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { CurrentUser } from '@bluelamp/contracts/platform/auth';
import { api } from '../../../../api/api';
import { ApiError, isApiError } from '../../../../api/ApiError';
import { setSessionEndHandler } from '../../../../api/http';
import { queryCache } from '../../../../api/queryCache';
import { useRouter } from '../../../../app/router';
import { SessionContext, type Session } from '../hooks/SessionContext';

export const SESSION_EXPIRED_NOTICE = 'Your session has expired; sign in again';

/**
 * Knows who is signed in. Asks the API once at start (`GET /api/auth/me`), and whenever any request
 * answers 401 it drops the user back to the sign-in page with a notice, wherever they were.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<Session['status']>('loading');
  const [user, setUser] = useState<CurrentUser | undefined>();
  const [notice, setNotice] = useState<string | undefined>();
  const [isFreshSignIn, setIsFreshSignIn] = useState(false);
  const { navigate } = useRouter();
  const statusRef = useRef(status);
  statusRef.current = status;

  useEffect(() => {
    const controller = new AbortController();
    api.auth
      .me(controller.signal)
      .then(({ user: me }) => {
        setUser(me);
        setStatus('signed-in');
      })
      .catch((error: unknown) => {
        if (controller.signal.aborted) return;
        // Not signed in is the normal start; an expired session deserves a word.
        if (isApiError(error, 'SESSION_EXPIRED')) setNotice(error.message);
        else if (isApiError(error) && error.code !== 'UNAUTHENTICATED') setNotice(error.message);
        setStatus('signed-out');
      });
    return () => controller.abort();
  }, []);

  useEffect(() => {
    setSessionEndHandler(() => {
      // While starting up, a 401 from /me just means "not signed in"; that effect handles it.
      if (statusRef.current !== 'signed-in') return;
      setNotice(SESSION_EXPIRED_NOTICE);
      setStatus('signed-out');
      setUser(undefined);
      queryCache.clear();
    });
    return () => setSessionEndHandler(undefined);
  }, []);

  const signIn = useCallback(async (username: string, password: string) => {
    try {
      const { user: signedIn } = await api.auth.signIn({ username, password });
      queryCache.clear();
      setUser(signedIn);
      setNotice(undefined);
      setIsFreshSignIn(true);
      setStatus('signed-in');
      return undefined;
    } catch (error) {
      if (error instanceof ApiError) return error;
      return new ApiError(0, { code: 'INTERNAL_ERROR', message: String(error) });
    }
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.auth.signOut();
    } catch {
      // Signed out either way: the cookie is httpOnly, and an expired session is already over.
    }
    queryCache.clear();
    setUser(undefined);
    setNotice('You have signed out');
    setStatus('signed-out');
    // The next person to sign in on this device starts at their own home, not at this user's page.
    navigate('/', { replace: true });
  }, [navigate]);

  const value = useMemo<Session>(() => {
    const permissions = new Set(user?.permissions ?? []);
    return { status, user, notice, signIn, signOut, isFreshSignIn, can: (p: string) => permissions.has(p) };
  }, [status, user, notice, signIn, signOut, isFreshSignIn]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
