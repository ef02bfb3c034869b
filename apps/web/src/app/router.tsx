import { createContext, useCallback, useContext, useEffect, useMemo, useState, type AnchorHTMLAttributes, type MouseEvent, type ReactNode } from 'react';

/**
 * A small router over the History API: the app has a handful of flat paths, so a library would
 * add more than it saves. Paths look like `/users/:id`; query strings hold filters and pages.
 */
type Location = { pathname: string; search: string };
type RouterValue = { location: Location; navigate: (to: string, options?: { replace?: boolean }) => void };

const RouterContext = createContext<RouterValue | undefined>(undefined);

const current = (): Location => ({ pathname: window.location.pathname, search: window.location.search });

export function RouterProvider({ children }: { children: ReactNode }) {
  const [location, setLocation] = useState<Location>(current);

  useEffect(() => {
    const onPop = () => setLocation(current());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const navigate = useCallback((to: string, options: { replace?: boolean } = {}) => {
    const url = new URL(to, window.location.origin);
    if (url.pathname === window.location.pathname && url.search === window.location.search) return;
    if (options.replace) window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    else window.history.pushState(null, '', url.pathname + url.search + url.hash);
    setLocation(current());
  }, []);

  const value = useMemo(() => ({ location, navigate }), [location, navigate]);
  return <RouterContext.Provider value={value}>{children}</RouterContext.Provider>;
}

export function useRouter(): RouterValue {
  const value = useContext(RouterContext);
  if (!value) throw new Error('useRouter needs a RouterProvider');
  return value;
}

/** Matches `/users/:id` against `/users/42`; returns the parameters, or undefined. */
export function matchPath(pattern: string, pathname: string): Record<string, string> | undefined {
  const want = pattern.split('/').filter(Boolean);
  const have = pathname.split('/').filter(Boolean);
  if (want.length !== have.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i += 1) {
    const w = want[i]!;
    const h = have[i]!;
    if (w.startsWith(':')) params[w.slice(1)] = decodeURIComponent(h);
    else if (w !== h) return undefined;
  }
  return params;
}

/**
 * The query string as state: `const [params, setParams] = useSearchParams()`; setting replaces the
 * history entry so typing in a search box does not fill the back button.
 */
export function useSearchParams(): [URLSearchParams, (next: Record<string, string | number | undefined>) => void] {
  const { location, navigate } = useRouter();
  const params = useMemo(() => new URLSearchParams(location.search), [location.search]);
  const setParams = useCallback(
    (next: Record<string, string | number | undefined>) => {
      const merged = new URLSearchParams(location.search);
      for (const [key, value] of Object.entries(next)) {
        if (value === undefined || value === '' || value === 0) merged.delete(key);
        else merged.set(key, String(value));
      }
      const qs = merged.toString();
      navigate(`${location.pathname}${qs ? `?${qs}` : ''}`, { replace: true });
    },
    [location.pathname, location.search, navigate],
  );
  return [params, setParams];
}

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { to: string };

/** An ordinary link that navigates without reloading; modified clicks still open new tabs. */
export function Link({ to, onClick, children, ...rest }: LinkProps) {
  const { navigate } = useRouter();
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} onClick={handleClick} {...rest}>
      {children}
    </a>
  );
}
