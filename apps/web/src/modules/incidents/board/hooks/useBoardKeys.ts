import { useEffect, useRef } from 'react';

type Handlers = { onMove: (step: 1 | -1) => void; onOpen: () => void; onDispatch: () => void };

/** The board's own keys, listed in the shortcuts dialog (`?`). */
export const BOARD_SHORTCUTS: [string, string][] = [
  ['j', 'Board: next incident in the queue (also ↓)'],
  ['k', 'Board: previous incident in the queue (also ↑)'],
  ['Enter', 'Board: open the selected incident'],
  ['d', 'Board: dispatch the recommended officer to the selected incident (asks to confirm)'],
];

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
const isControl = (target: EventTarget | null) => target instanceof HTMLElement && !!target.closest('a, button, summary');

/**
 * j/k or the arrow keys move in the queue, Enter opens, d dispatches. Ignored while typing, while a
 * dialog is open, with a modifier, and for the key after `g` (that is the app's "go to" shortcut:
 * `g d` must never dispatch). One listener, removed when the board closes.
 */
export function useBoardKeys(handlers: Handlers): void {
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    let afterG = 0;
    const handleKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isTyping(event.target)) return;
      if (document.querySelector('dialog[open]')) return;
      if (event.key === 'g') {
        afterG = Date.now();
        return;
      }
      if (Date.now() - afterG < 1500) {
        afterG = 0;
        return;
      }
      if (event.key === 'j' || event.key === 'ArrowDown') {
        event.preventDefault();
        latest.current.onMove(1);
      } else if (event.key === 'k' || event.key === 'ArrowUp') {
        event.preventDefault();
        latest.current.onMove(-1);
      } else if (event.key === 'Enter' && !isControl(event.target)) {
        event.preventDefault();
        latest.current.onOpen();
      } else if (event.key === 'd') {
        event.preventDefault();
        latest.current.onDispatch();
      }
    };
    window.addEventListener('keydown', handleKey);
    return () => window.removeEventListener('keydown', handleKey);
  }, []);
}
