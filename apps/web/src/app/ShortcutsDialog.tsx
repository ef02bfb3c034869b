import { Dialog } from '../ui/Dialog';
import type { NavItem } from './navigation';
import { BOARD_SHORTCUTS } from '../modules/incidents/board/hooks/useBoardKeys';

type ShortcutsDialogProps = { isOpen: boolean; onClose: () => void; items: NavItem[] };

/** The keyboard shortcuts, opened with `?`. */
export function ShortcutsDialog({ isOpen, onClose, items }: ShortcutsDialogProps) {
  const rows: [string, string][] = [
    ...items.map((item): [string, string] => [`g ${item.key}`, `Go to ${item.label.toLowerCase()}`]),
    ['/', 'Jump to the search box on this page'],
    ['?', 'Show these shortcuts'],
    ...BOARD_SHORTCUTS,
    ['Esc', 'Close a dialog'],
    ['Tab', 'Move to the next control; the first Tab offers “Skip to main content”'],
  ];
  return (
    <Dialog isOpen={isOpen} onClose={onClose} title="Keyboard shortcuts">
      <table className="table shortcuts">
        <caption className="visually-hidden">Keyboard shortcuts</caption>
        <thead>
          <tr>
            <th scope="col">Keys</th>
            <th scope="col">What they do</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([keys, what]) => (
            <tr key={keys}>
              <td>
                {keys.split(' ').map((k, i) => (
                  <span key={i}>
                    {i > 0 && ' then '}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </td>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">Shortcuts are ignored while you type in a field.</p>
    </Dialog>
  );
}
