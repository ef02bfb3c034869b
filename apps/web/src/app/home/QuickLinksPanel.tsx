import { Panel } from '../../ui/Panel';
import { Link } from '../router';

/** A short list of the places this role goes most. */
export function QuickLinksPanel({ links }: { links: { to: string; label: string }[] }) {
  return (
    <Panel title="Quick links">
      <ul className="quick-links">
        {links.map((link) => (
          <li key={link.to}>
            <Link to={link.to}>{link.label}</Link>
          </li>
        ))}
      </ul>
    </Panel>
  );
}
