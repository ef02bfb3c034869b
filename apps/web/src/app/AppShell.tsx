import { useCallback, useEffect, useRef, useState } from 'react';
import { useIsMobile } from '../ui/useIsMobile';
import { useSession } from '../modules/platform/auth/hooks/useSession';
import { DesktopShell } from './DesktopShell';
import { MobileShell } from './MobileShell';
import { visibleNavItems } from './navigation';
import { resolveRoute } from './routes';
import { useRouter } from './router';
import { ShortcutsDialog } from './ShortcutsDialog';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';

/**
 * The signed-in app: picks the control-room (desktop) or phone layout by screen width, renders the
 * screen for the address, and after each navigation moves focus to the new page's heading and
 * names the page in the tab title.
 */
export function AppShell() {
  const { can, isFreshSignIn } = useSession();
  const { location, navigate } = useRouter();
  const isMobile = useIsMobile();
  const [isHelpOpen, setIsHelpOpen] = useState(false);
  const items = visibleNavItems(can);
  const { title, element } = resolveRoute(location.pathname, can);
  const isFirstRender = useRef(true);

  useEffect(() => {
    document.title = `${title} – Bluelamp`;
  }, [title]);

  useEffect(() => {
    // On a plain page load focus stays at the top (where the skip link is); after signing in or
    // navigating, the sign-in form or the clicked link is gone, so focus goes to the new heading.
    const isFirst = isFirstRender.current;
    isFirstRender.current = false;
    if (isFirst && !isFreshSignIn) return;
    document.getElementById('page-title')?.focus();
    window.scrollTo(0, 0);
    // Only a change of address moves focus (isFreshSignIn is fixed for the life of the shell).
  }, [location.pathname]);

  useKeyboardShortcuts({
    onGo: (key) => {
      const item = items.find((i) => i.key === key);
      if (!item) return false;
      navigate(item.to);
      return true;
    },
    onHelp: () => setIsHelpOpen(true),
  });

  const openHelp = useCallback(() => setIsHelpOpen(true), []);
  const closeHelp = useCallback(() => setIsHelpOpen(false), []);
  const Shell = isMobile ? MobileShell : DesktopShell;
  return (
    <>
      <Shell items={items} onShowShortcuts={openHelp}>
        {element}
      </Shell>
      <ShortcutsDialog isOpen={isHelpOpen} onClose={closeHelp} items={items} />
    </>
  );
}
