/**
 * The draft of a text field that writes a stored value on every change. The field shows the
 * draft, never the stored value itself: the echo of a write (the live query re-reading the row)
 * can come back after more keys were typed, and showing it would throw those keys away. The draft
 * follows the stored value only when it changes to something this field did not write (an undo),
 * and when the field is left, if the draft is one the stored value can show.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export interface StoredDraft<T> {
  draft: string;
  /** The analyst typed: show `text`; `value` is what it means, or undefined when it cannot be stored. */
  edit: (text: string, value: T | undefined) => void;
  /** The field lost the focus. */
  settle: () => void;
}

export function useStoredDraft<T>(stored: T, format: (value: T) => string, write: (value: T) => void): StoredDraft<T> {
  const [draft, setDraft] = useState(() => format(stored));
  // Values written and not yet seen coming back, oldest first.
  const sent = useRef<T[]>([]);
  const valid = useRef(true);
  const latest = useRef({ stored, format, write });
  latest.current = { stored, format, write };

  useEffect(() => {
    const echo = sent.current.indexOf(stored);
    if (echo !== -1) {
      sent.current.splice(0, echo + 1); // this write and any older ones have landed
      return;
    }
    sent.current = [];
    valid.current = true;
    setDraft(latest.current.format(stored));
  }, [stored]);

  const edit = useCallback((text: string, value: T | undefined) => {
    setDraft(text);
    valid.current = value !== undefined;
    if (value === undefined) return; // the draft stays, marked invalid, until it is corrected
    const current = sent.current.at(-1) ?? latest.current.stored;
    if (Object.is(value, current)) return;
    sent.current.push(value);
    latest.current.write(value);
  }, []);

  const settle = useCallback(() => {
    if (!valid.current) return;
    // The live query may skip intermediate states, so only the last write is sure to come back:
    // wait for that one alone; with nothing in flight, show the stored value as it formats.
    sent.current = sent.current.slice(-1);
    if (sent.current.length === 0) setDraft(latest.current.format(latest.current.stored));
  }, []);

  return { draft, edit, settle };
}
