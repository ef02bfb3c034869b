import { useEffect, useRef } from 'react';

type Handlers = {
  /** `g` then a key: go somewhere (e.g. g h → home). Returns true when the key was known. */
  onGo: (key: string) => boolean;
  /** `?`: show the shortcuts. */
  onHelp: () => void;
};

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

/**
 * Control-room shortcuts: `g` + letter to move between areas, `/` to jump to the page's search
 * box (any input marked `data-search`), `?` for help. Keys typed into a field are left alone.
 */
export function useKeyboardShortcuts({ onGo, onHelp }: Handlers): void {
  const pendingG = useRef<number | undefined>(undefined);
  const handlers = useRef({ onGo, onHelp });
  handlers.current = { onGo, onHelp };

  useEffect(() => {
    const handleKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      if (pendingG.current !== undefined) {
        window.clearTimeout(pendingG.current);
        pendingG.current = undefined;
        if (handlers.current.onGo(event.key.toLowerCase())) event.preventDefault();
        return;
      }
      if (event.key === 'g') {
        pendingG.current = window.setTimeout(() => (pendingG.current = undefined), 1500);
        return;
      }
      if (event.key === '/') {
        const search = document.querySelector<HTMLInputElement>('main [data-search]');
        if (!search) return;
        event.preventDefault();
        search.focus();
        search.select();
        return;
      }
      if (event.key === '?') {
        event.preventDefault();
        handlers.current.onHelp();
      }
    };
    window.addEventListener('keydown', handleKey);
    return () => window.removeEventListener('keydown', handleKey);
  }, []);
}
