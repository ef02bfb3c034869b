import { createContext } from 'react';
import type { CurrentUser } from '@bluelamp/contracts/platform/auth';
import type { ApiError } from '../../../../api/ApiError';

export type Session = {
  status: 'loading' | 'signed-out' | 'signed-in';
  user: CurrentUser | undefined;
  /** Why the user is on the sign-in page, e.g. "Your session has expired; sign in again". */
  notice: string | undefined;
  /** Signs in; resolves with the API's error when it refused, undefined when signed in. */
  signIn: (username: string, password: string) => Promise<ApiError | undefined>;
  signOut: () => Promise<void>;
  /** True when the user signed in on this page (rather than arriving signed in); focus then moves to the page heading. */
  isFreshSignIn: boolean;
  /** True when the user holds the permission (e.g. users:manage). */
  can: (permission: string) => boolean;
};

export const SessionContext = createContext<Session | undefined>(undefined);
