import type { ReactNode } from 'react';
import { Button } from '../ui/Button';
import { Icon } from '../ui/Icon';
import { useSession } from '../modules/platform/auth/hooks/useSession';
import { LiveStatusIndicator } from '../modules/platform/events/components/LiveStatusIndicator';
import { isCurrent, type NavItem } from './navigation';
import { Link, useRouter } from './router';
import { ThemeSelect } from './ThemeSelect';

type ShellProps = { items: NavItem[]; onShowShortcuts: () => void; children: ReactNode };

/** The control-room layout: a slim top bar, the areas down the left, dense content on the right. */
export function DesktopShell({ items, onShowShortcuts, children }: ShellProps) {
  const { user, signOut } = useSession();
  const { location } = useRouter();
  return (
    <div className="desktop-shell">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="topbar">
        <Link to="/" className="brand">
          <img src="/favicon.svg" alt="" width="24" height="24" />
          <span>Bluelamp</span>
        </Link>
        <LiveStatusIndicator />
        <div className="topbar-user">
          <span className="topbar-name">{user?.displayName}</span>
          <Button variant="quiet" onClick={onShowShortcuts} aria-keyshortcuts="?">
            <Icon name="keyboard" size={18} /> Shortcuts
          </Button>
          <Button variant="quiet" onClick={() => void signOut()}>
            <Icon name="signOut" size={18} /> Sign out
          </Button>
        </div>
      </header>
      <div className="desktop-body">
        <nav className="sidenav" aria-label="Main">
          <ul>
            {items.map((item) => (
              <li key={item.to}>
                <Link to={item.to} aria-current={isCurrent(item, location.pathname) ? 'page' : undefined} aria-keyshortcuts={`g ${item.key}`}>
                  <Icon name={item.icon} size={18} />
                  <span>{item.label}</span>
                </Link>
              </li>
            ))}
          </ul>
          <div className="sidenav-footer">
            <Link to="/account/password" aria-current={location.pathname === '/account/password' ? 'page' : undefined}>
              <Icon name="key" size={18} />
              <span>Change password</span>
            </Link>
            <ThemeSelect className="sidenav-theme" />
          </div>
        </nav>
        <main id="main" className="desktop-main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}
