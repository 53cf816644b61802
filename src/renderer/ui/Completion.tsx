/**
 * A name typed with suggestions under it (linking a mention to an entity, merging entities): a
 * combobox whose suggestions are a `Listbox`. Its keys come from the command table's 'completion'
 * context (the key dispatcher finds the `.completion` class): ↑/↓ choose a suggestion while typing,
 * Enter takes it, Escape closes the suggestions and, once they are closed, hands the focus back
 * (`onEscape`). The owner says what is suggested for what is typed and what choosing one does.
 */
import { useEffect, useId, useRef, useState, type ReactNode, type Ref } from 'react';
import './completion.css';
import { useCommandBindings } from './commandBindings';
import { Listbox, ListboxOption } from './Listbox';

export interface CompletionOption {
  /** Stable within one list of suggestions (an entity id, or 'new'). */
  key: string;
  content: ReactNode;
}

export interface CompletionProps {
  /** The field's accessible name, also its placeholder unless one is given. */
  label: string;
  placeholder?: string;
  /** The suggestions' accessible name. */
  listLabel: string;
  /** What is suggested for the text typed (called on every change; keep it quick). */
  suggest: (query: string) => CompletionOption[];
  /** Suggest before anything is typed too (`suggest('')`), as soon as the field has the focus. */
  suggestWhenEmpty?: boolean;
  /** A suggestion was taken (Enter or a click); the field empties. */
  onChoose: (option: CompletionOption, query: string) => void;
  /** Escape with no suggestions open: where the focus goes next is the owner's choice. */
  onEscape?: () => void;
  /** Said to screen readers as suggestions change ("3 entities match"). */
  status?: (count: number) => string;
  inputRef?: Ref<HTMLInputElement>;
  className?: string;
  'data-testid'?: string;
}

const LIST_COMMANDS = { move: 'completion-move', ends: 'completion-ends' } as const;

export function Completion({ label, placeholder, listLabel, suggest, suggestWhenEmpty = false, onChoose, onEscape, status, inputRef, className, 'data-testid': testId }: CompletionProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [focused, setFocused] = useState(false);
  // Escape closes the suggestions until the text changes.
  const [dismissed, setDismissed] = useState(false);
  const [active, setActive] = useState(0);
  const options = query.trim() === '' && !(suggestWhenEmpty && focused) ? [] : suggest(query);
  const open = focused && !dismissed && options.length > 0;
  // Key repeats arrive faster than renders: the bindings read what was last set.
  const latest = useRef({ options, active, query, open, onChoose, onEscape });
  latest.current = { options, active, query, open, onChoose, onEscape };
  const moveTo = (index: number) => {
    latest.current.active = index;
    setActive(index);
  };
  const choose = (index: number) => {
    const { options: shown, query: typed } = latest.current;
    const option = shown[index];
    if (!option) return false;
    setQuery('');
    moveTo(0);
    latest.current.onChoose(option, typed);
  };
  useCommandBindings(
    () =>
      focused
        ? {
            'completion-choose': { run: () => (latest.current.open ? choose(latest.current.active) : false) },
            'completion-close': {
              run: () => {
                if (latest.current.open) setDismissed(true);
                else if (latest.current.onEscape) latest.current.onEscape();
                else return false;
              },
            },
          }
        : {},
    [focused],
  );
  const activeOption = open ? options[Math.min(active, options.length - 1)] : undefined;
  const optionId = (key: string) => `${id}-option-${key}`;
  useEffect(() => {
    if (activeOption) document.getElementById(optionId(activeOption.key))?.scrollIntoView({ block: 'nearest' });
  });
  return (
    <div
      className={className ? `completion ${className}` : 'completion'}
      data-testid={testId}
      onFocus={() => setFocused(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget)) setFocused(false);
      }}
    >
      <input
        ref={inputRef}
        type="text"
        dir="auto"
        role="combobox"
        aria-label={label}
        placeholder={placeholder ?? label}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={open ? `${id}-list` : undefined}
        aria-activedescendant={activeOption ? optionId(activeOption.key) : undefined}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setDismissed(false);
          moveTo(0);
        }}
      />
      {open && (
        <Listbox
          id={`${id}-list`}
          className="completion-list"
          label={listLabel}
          activeId={activeOption && optionId(activeOption.key)}
          commands={LIST_COMMANDS}
          position={() => ({ index: latest.current.active, count: latest.current.options.length })}
          onMove={moveTo}
          wrap
        >
          {options.map((option, i) => (
            <ListboxOption
              key={option.key}
              id={optionId(option.key)}
              selected={option === activeOption}
              // The field keeps the focus: a click takes the suggestion without leaving it first.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(i)}
            >
              {option.content}
            </ListboxOption>
          ))}
        </Listbox>
      )}
      {status && focused && (query.trim() !== '' || suggestWhenEmpty) && (
        <p className="visually-hidden" role="status">
          {status(options.length)}
        </p>
      )}
    </div>
  );
}
