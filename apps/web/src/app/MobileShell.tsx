import type { ReactNode } from 'react';
import { Icon } from '../ui/Icon';
import { LiveStatusIndicator } from '../modules/platform/events/components/LiveStatusIndicator';
import { isCurrent, type NavItem } from './navigation';
import { Link, useRouter } from './router';

type ShellProps = { items: NavItem[]; onShowShortcuts: () => void; children: ReactNode };

const TAB_COUNT = 4;

/**
 * The phone layout for officers on patrol: a small header, the page, and a bottom tab bar with
 * large targets within thumb reach. Tabs are the first four areas the user may open, then More.
 */
export function MobileShell({ items, children }: ShellProps) {
  const { location } = useRouter();
  const tabs = items.slice(0, TAB_COUNT);
  const isMore = location.pathname === '/more' || !tabs.some((t) => isCurrent(t, location.pathname));
  return (
    <div className="mobile-shell">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="mobile-topbar">
        <Link to="/" className="brand">
          <img src="/favicon.svg" alt="" width="24" height="24" />
          <span>Bluelamp</span>
        </Link>
        <LiveStatusIndicator />
      </header>
      <main id="main" className="mobile-main" tabIndex={-1}>
        {children}
      </main>
      <nav className="tabbar" aria-label="Main">
        <ul>
          {tabs.map((item) => (
            <li key={item.to}>
              <Link to={item.to} aria-current={isCurrent(item, location.pathname) ? 'page' : undefined}>
                <Icon name={item.icon} size={24} />
                <span>{item.shortLabel}</span>
              </Link>
            </li>
          ))}
          <li>
            <Link to="/more" aria-current={isMore ? 'page' : undefined}>
              <Icon name="more" size={24} />
              <span>More</span>
            </Link>
          </li>
        </ul>
      </nav>
    </div>
  );
}
