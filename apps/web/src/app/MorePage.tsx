import { Button } from '../ui/Button';
import { Icon } from '../ui/Icon';
import { PageHeader } from '../ui/PageHeader';
import { useSession } from '../modules/platform/auth/hooks/useSession';
import { visibleNavItems } from './navigation';
import { Link } from './router';
import { ThemeSelect } from './ThemeSelect';

/** Everything the user can open, plus their account: the phone's "More" tab. */
export function MorePage() {
  const { can, user, signOut } = useSession();
  return (
    <>
      <PageHeader title="More" description={user ? `Signed in as ${user.displayName} (${user.username})` : undefined} />
      <nav aria-label="All areas">
        <ul className="menu-list">
          {visibleNavItems(can).map((item) => (
            <li key={item.to}>
              <Link to={item.to} className="menu-link">
                <Icon name={item.icon} /> {item.label}
              </Link>
            </li>
          ))}
          <li>
            <Link to="/account/password" className="menu-link">
              <Icon name="key" /> Change your password
            </Link>
          </li>
        </ul>
      </nav>
      <ThemeSelect className="field-short" />
      <p className="sign-out-row">
        <Button variant="secondary" className="btn-block" onClick={() => void signOut()}>
          <Icon name="signOut" /> Sign out
        </Button>
      </p>
    </>
  );
}
