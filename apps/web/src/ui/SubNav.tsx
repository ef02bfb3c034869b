import { Link, useRouter } from '../app/router';

type SubNavProps = { label: string; items: { to: string; label: string }[] };

/** Tabs between the parts of one area (e.g. Reference data), as links with aria-current. */
export function SubNav({ label, items }: SubNavProps) {
  const { location } = useRouter();
  return (
    <nav className="subnav" aria-label={label}>
      <ul>
        {items.map((item) => (
          <li key={item.to}>
            <Link to={item.to} aria-current={location.pathname === item.to ? 'page' : undefined}>
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
