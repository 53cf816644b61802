/**
 * A small rich-text note editor (bold, italic, lists, links). Its paragraphs take their direction
 * from their own text (Lexical writes dir="auto"), so an English note beside an Arabic article
 * runs left-to-right. The note is saved as serialized Lexical JSON shortly after typing stops, and
 * at once when the editor loses the focus, goes away, or the page or window does (`NoteSaver`).
 */
import { LinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { INSERT_ORDERED_LIST_COMMAND, INSERT_UNORDERED_LIST_COMMAND, ListItemNode, ListNode } from '@lexical/list';
import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { LinkPlugin } from '@lexical/react/LexicalLinkPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { OnChangePlugin } from '@lexical/react/LexicalOnChangePlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { $createParagraphNode, $getRoot, $setSelection, BLUR_COMMAND, COMMAND_PRIORITY_CRITICAL, COMMAND_PRIORITY_LOW, FORMAT_TEXT_COMMAND, PASTE_COMMAND, SKIP_DOM_SELECTION_TAG } from 'lexical';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useI18n } from '../ui/i18n';
import { appDatabase } from '../db/database';
import { dropNoteDraft, keepNoteDraft } from '../db/noteDrafts';
import { noteOwnerKey, saveNote, type NoteOwner } from '../db/notes';
import { NoteSaver } from './noteSaver';
import { safeNoteState, safeUrl } from '../../shared/text/safeNoteState';
import { withoutEventHandlers } from '../../shared/text/pastedHtml';

function Toolbar() {
  const [editor] = useLexicalComposerContext();
  const { t } = useI18n();
  const [linking, setLinking] = useState(false);
  const [url, setUrl] = useState('https://');
  return (
    <div className="note-toolbar" role="toolbar" aria-label={t('note.toolbar')}>
      <button type="button" aria-label={t('note.bold')} title="Ctrl+B" onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'bold')}>
        <b>B</b>
      </button>
      <button type="button" aria-label={t('note.italic')} title="Ctrl+I" onClick={() => editor.dispatchCommand(FORMAT_TEXT_COMMAND, 'italic')}>
        <i>I</i>
      </button>
      <button type="button" aria-label={t('note.bullets')} onClick={() => editor.dispatchCommand(INSERT_UNORDERED_LIST_COMMAND, undefined)}>
        •
      </button>
      <button type="button" aria-label={t('note.numbers')} onClick={() => editor.dispatchCommand(INSERT_ORDERED_LIST_COMMAND, undefined)}>
        1.
      </button>
      <button type="button" aria-label={t('note.link')} onClick={() => setLinking((v) => !v)}>
        {t('note.link')}
      </button>
      {linking && (
        <form
          className="note-link-form"
          onSubmit={(e) => {
            e.preventDefault();
            const safe = safeUrl(url);
            if (safe) editor.dispatchCommand(TOGGLE_LINK_COMMAND, safe);
            setLinking(false);
          }}
        >
          {/* The link field opens because the analyst asked for it (Ctrl+K in the note): typing goes there at once. */}
          {/* eslint-disable-next-line jsx-a11y/no-autofocus */}
          <input dir="ltr" aria-label={t('note.linkUrl')} value={url} onChange={(e) => setUrl(e.target.value)} autoFocus />
          <button type="submit">{t('note.linkApply')}</button>
        </form>
      )}
    </div>
  );
}

export interface NoteEditorProps {
  /** What the note belongs to; a new owner remounts the editor. */
  owner: NoteOwner;
  /** The analyst, stamped on an article note's record. */
  author: string;
  value: string | null;
  label: string;
  /** Bumped to put the caret in the editor (the N key). */
  focusRequest?: number;
}

function FocusOnRequest({ request }: { request: number }) {
  const [editor] = useLexicalComposerContext();
  // Before paint, with the contenteditable's own focus() and the caret put at the note's end
  // directly in the DOM (Lexical reads it from there): keys typed right after N arrive a few
  // milliseconds later, and were lost while this waited for a frame. Lexical's editor.focus()
  // is not used: it restores its selection later and moved those first keys' text out of place.
  useLayoutEffect(() => {
    const root = editor.getRootElement();
    if (request <= 0 || !root) return;
    root.focus();
    const selection = window.getSelection();
    selection?.selectAllChildren(root);
    selection?.collapseToEnd();
  }, [editor, request]);
  return null;
}

/**
 * Pasted HTML with event-handler attributes is pasted again without them (`withoutEventHandlers`):
 * Lexical's parse would be inert anyway, but would report a CSP violation for each (issue 14).
 */
function QuietHtmlPaste() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        PASTE_COMMAND,
        (event) => {
          const data = 'clipboardData' in event ? event.clipboardData : null;
          const html = data?.getData('text/html') ?? '';
          const cleaned = withoutEventHandlers(html);
          if (!data || cleaned === html) return false;
          const quiet = new DataTransfer();
          for (const type of data.types) if (type !== 'Files') quiet.setData(type, type === 'text/html' ? cleaned : data.getData(type));
          event.preventDefault();
          // A new paste event (after this one's handling ends), which this handler then lets through.
          queueMicrotask(() => editor.getRootElement()?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: quiet, bubbles: true, cancelable: true })));
          return true;
        },
        COMMAND_PRIORITY_CRITICAL,
      ),
    [editor],
  );
  return null;
}

/** Marks updates that bring in a value from outside (undo, another window), which must not be saved back. */
const EXTERNAL = 'isnad-external-value';

/**
 * What the editor knows about its value: the latest state it produced or was given, and the values
 * it has sent to be saved and not yet seen come back.
 */
interface NoteSync {
  latest: string | null;
  sent: (string | null)[];
}

/**
 * Keeps the editor in step with the stored value when it changes underneath it (an undo of a note
 * edit, say). The editor's own saves come back too, possibly after more typing: those are
 * recognised (`sent`) and leave the editor and its caret alone.
 */
function FollowStoredValue({ value, sync, saver }: { value: string | null; sync: NoteSync; saver: NoteSaver }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const echo = sync.sent.indexOf(value);
    if (echo !== -1) {
      sync.sent.splice(0, echo + 1); // this save and any older ones have landed
      return;
    }
    if (value === sync.latest) return;
    // A value from elsewhere wins over a draft still waiting to be saved.
    saver.replaced(value);
    sync.sent = [];
    sync.latest = value;
    if (value === null) {
      // Without a selection and without touching the DOM's: an undo must not pull the focus here.
      editor.update(
        () => {
          $getRoot().clear().append($createParagraphNode());
          $setSelection(null);
        },
        { tag: [EXTERNAL, SKIP_DOM_SELECTION_TAG] },
      );
    } else {
      editor.setEditorState(editor.parseEditorState(safeNoteState(value)), { tag: EXTERNAL });
    }
  }, [editor, value, sync, saver]);
  return null;
}

function SaveOnChange({ saver, sync }: { saver: NoteSaver; sync: NoteSync }) {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    const detach = saver.attach(window);
    // Leaving the editor (a click in the reader, Tab) is a natural moment to have it stored.
    const stopBlur = editor.registerCommand(BLUR_COMMAND, () => (void saver.flush(), false), COMMAND_PRIORITY_LOW);
    return () => {
      stopBlur();
      detach(); // flushes: another annotation was selected, the fold was closed
    };
  }, [editor, saver]);
  return (
    <OnChangePlugin
      ignoreSelectionChange
      onChange={(state, _editor, tags) => {
        if (tags.has(EXTERNAL)) return;
        const empty = state.read(() => state._nodeMap.size <= 2 && !state.toJSON().root.children.some((c) => 'children' in c && (c.children as unknown[]).length > 0));
        const serialized = empty ? null : JSON.stringify(state.toJSON());
        if (serialized === sync.latest) return;
        sync.latest = serialized;
        saver.changed(serialized);
      }}
    />
  );
}

/** A new owner is a new editor, with its own record of what it last saw. */
export function NoteEditor(props: NoteEditorProps) {
  return <OwnedNoteEditor key={noteOwnerKey(props.owner)} {...props} />;
}

function OwnedNoteEditor({ owner, author, value, label, focusRequest = 0 }: NoteEditorProps) {
  const sync = useRef<NoteSync>({ latest: value, sent: [] }).current;
  const authorNow = useRef(author);
  authorNow.current = author;
  const [saver] = useState(
    () =>
      new NoteSaver(
        {
          write: (note) => saveNote(appDatabase(), owner, note, authorNow.current),
          handedOver: (note) => void sync.sent.push(note),
          journal: (note, base) => keepNoteDraft(window.localStorage, { owner, note, author: authorNow.current, base }),
          landed: (note) => dropNoteDraft(window.localStorage, owner, note),
        },
        value,
      ),
  );
  const config: InitialConfigType = {
    namespace: `isnad-note-${noteOwnerKey(owner)}`,
    nodes: [ListNode, ListItemNode, LinkNode, HeadingNode, QuoteNode],
    // A stored note may come from someone else's file: styles and unsafe links are dropped first (issue 14).
    editorState: value === null ? undefined : safeNoteState(value),
    onError: (error) => console.warn('note editor', error),
    theme: { text: { bold: 'note-bold', italic: 'note-italic' }, link: 'note-link' },
  };
  return (
    <div className="note-editor">
      <LexicalComposer initialConfig={config}>
        <Toolbar />
        <RichTextPlugin contentEditable={<ContentEditable className="note-content" aria-label={label} data-testid="note-content" />} ErrorBoundary={LexicalErrorBoundary} />
        <HistoryPlugin />
        <ListPlugin />
        <LinkPlugin validateUrl={(url) => safeUrl(url) !== null} />
        <SaveOnChange saver={saver} sync={sync} />
        <FollowStoredValue value={value} sync={sync} saver={saver} />
        <FocusOnRequest request={focusRequest} />
        <QuietHtmlPaste />
      </LexicalComposer>
    </div>
  );
}
