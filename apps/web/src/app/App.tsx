import { SessionProvider } from '../modules/platform/auth/components/SessionProvider';
import { SignInPage } from '../modules/platform/auth/components/SignInPage';
import { useSession } from '../modules/platform/auth/hooks/useSession';
import { LiveEventsProvider } from '../modules/platform/events/components/LiveEventsProvider';
import { AppShell } from './AppShell';
import { RouterProvider } from './router';

function SignedInOrOut() {
  const { status } = useSession();
  if (status === 'loading') {
    return (
      <p className="splash" role="status">
        <span className="spinner" aria-hidden="true" /> Starting Bluelamp…
      </p>
    );
  }
  // Signed out at any address: sign in here, then carry on at the same address.
  if (status === 'signed-out') return <SignInPage />;
  return (
    <LiveEventsProvider>
      <AppShell />
    </LiveEventsProvider>
  );
}

/** The whole web app: address, session, then the sign-in page or the signed-in shell. */
export function App() {
  return (
    <RouterProvider>
      <SessionProvider>
        <SignedInOrOut />
      </SessionProvider>
    </RouterProvider>
  );
}
