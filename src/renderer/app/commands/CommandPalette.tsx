/**
 * The command palette (Ctrl+K): a modal dialog listing the commands that apply where the focus was
 * when it opened, filtered as the analyst types (English or Arabic, whatever the interface's
 * language), each with its keys. ↑/↓ choose, Enter runs, Escape closes; the focus and the text
 * selection go back where they were before the command runs, so it acts there.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { keysShown, type CommandContext } from '../../../shared/commands/commandTable';
import { useUi } from '../../state/store';
import { useI18n } from '../../ui/i18n';
import { keyed, useCommandBindings } from '../../ui/commandBindings';
import { availableBinding, runCommand } from './runCommand';
import { paletteCommands } from './commandContexts';
import { searchCommands } from './commandSearch';

export function CommandPalette() {
  const contexts = useUi((s) => s.commandContexts);
  return contexts ? <CommandPaletteBody contexts={contexts} /> : null;
}

interface Place {
  focus: Element | null;
  selection: { anchorNode: Node; anchorOffset: number; focusNode: Node; focusOffset: number } | null;
}

/** Where the analyst was: the focused element and the text selection (focusing the search field moves both). */
function placeNow(): Place {
  const selection = window.getSelection();
  const { anchorNode, anchorOffset, focusNode, focusOffset } = selection ?? {};
  return {
    focus: document.activeElement,
    selection: selection?.rangeCount && anchorNode && focusNode ? { anchorNode, anchorOffset: anchorOffset!, focusNode, focusOffset: focusOffset! } : null,
  };
}

function returnTo(place: Place): void {
  if (place.focus instanceof HTMLElement && place.focus.isConnected) place.focus.focus({ preventScroll: true });
  const s = place.selection;
  if (s && s.anchorNode.isConnected && s.focusNode.isConnected) window.getSelection()?.setBaseAndExtent(s.anchorNode, s.anchorOffset, s.focusNode, s.focusOffset);
}

function CommandPaletteBody({ contexts }: { contexts: CommandContext[] }) {
  const { t } = useI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const place = useRef<Place | null>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  // What can run there now: bound, and applying (a selected annotation to delete, an import to cancel).
  const available = useMemo(() => paletteCommands(contexts).filter((row) => availableBinding(row.id)), [contexts]);
  const found = useMemo(() => searchCommands(available, query), [available, query]);
  const latest = useRef({ found, active });
  latest.current = { found, active };

  useEffect(() => {
    place.current = placeNow();
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
    input.current?.focus();
  }, []);

  const close = () => {
    dialog.current?.close(); // before giving the focus back: outside an open modal dialog nothing can take it
    if (place.current) returnTo(place.current);
    useUi.getState().closeCommands();
  };
  const runAt = (index: number) => {
    const row = latest.current.found[index];
    if (!row) return false;
    close();
    runCommand(row.id);
  };

  useCommandBindings(
    () => ({
      'palette-move': keyed((event) => {
        const { found: rows, active: from } = latest.current;
        if (!rows.length) return;
        latest.current.active = (from + (event.key === 'ArrowDown' ? 1 : rows.length - 1)) % rows.length;
        setActive(latest.current.active);
      }),
      'palette-run': { run: () => runAt(latest.current.active) },
      'palette-close': { run: close },
    }),
    [],
  );

  const activeRow = found[active];
  useEffect(() => {
    if (activeRow) document.getElementById(`command-${activeRow.id}`)?.scrollIntoView({ block: 'nearest' });
  }, [activeRow]);
  return (
    <dialog
      ref={dialog}
      className="command-palette"
      aria-labelledby="commands-title"
      data-command-context="commandPalette"
      data-testid="command-palette"
      onCancel={(e) => {
        // Escape is the table's palette-close; any other cancel request closes the same way.
        e.preventDefault();
        close();
      }}
    >
      <h2 id="commands-title" className="visually-hidden">
        {t('commands.title')}
      </h2>
      <input
        ref={input}
        type="text"
        dir="auto"
        role="combobox"
        className="command-search"
        aria-label={t('commands.search')}
        placeholder={t('commands.search')}
        aria-autocomplete="list"
        aria-expanded={found.length > 0}
        aria-controls={found.length > 0 ? 'command-list' : undefined}
        aria-activedescendant={activeRow ? `command-${activeRow.id}` : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
      />
      {found.length > 0 ? (
        <ul id="command-list" className="command-list" role="listbox" aria-label={t('commands.title')}>
          {found.map((row, i) => (
            // The keys are the search field's (↑/↓ and Enter: palette-move, palette-run); a click is the mouse's way.
            // eslint-disable-next-line jsx-a11y/click-events-have-key-events
            <li key={row.id} id={`command-${row.id}`} role="option" aria-selected={i === active} data-command={row.id} onClick={() => runAt(i)} onMouseMove={() => i !== active && setActive(i)}>
              <span className="command-label">{t(row.label)}</span>
              <kbd dir="ltr">{keysShown(row)}</kbd>
            </li>
          ))}
        </ul>
      ) : (
        <p className="command-none">{t('commands.none', { query })}</p>
      )}
      <p className="visually-hidden" role="status">
        {t('commands.count', { count: found.length })}
      </p>
    </dialog>
  );
}
