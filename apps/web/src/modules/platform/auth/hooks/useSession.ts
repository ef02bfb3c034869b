import { useContext } from 'react';
import { SessionContext, type Session } from './SessionContext';

/** The signed-in user and the sign-in / sign-out actions. */
export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession needs a SessionProvider');
  return session;
}
