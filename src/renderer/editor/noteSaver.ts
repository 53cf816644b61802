/**
 * When a note editor's changes are written: shortly after typing stops, at once when the editor
 * loses the focus or goes away, and before the page or the window does. Writes run one at a time,
 * in order, so an older value can never land after a newer one.
 */

/** Every note editor on screen, so the desktop app can flush them all before its window closes. */
const openSavers = new Set<NoteSaver>();

/** Writes every pending note edit and resolves once all writes in flight have settled. */
export async function flushOpenNotes(): Promise<void> {
  await Promise.all([...openSavers].map((saver) => saver.flush()));
}

export interface NoteSaverDeps {
  /** Stores the note. */
  write(note: string | null): Promise<void>;
  /** Called as a value is handed over to be written (the editor will see it come back). */
  handedOver(note: string | null): void;
  /** Records a value synchronously, for when the page goes away before its write has landed. */
  journal(note: string | null, editedAt: number): void;
  /** A value has been stored. */
  landed(note: string | null): void;
}

interface Edit {
  note: string | null;
  editedAt: number;
}

/** The window, as far as a saver listens to it (tests pass a fake). */
interface PageEvents {
  addEventListener(type: 'beforeunload' | 'pagehide', listener: () => void): void;
  removeEventListener(type: 'beforeunload' | 'pagehide', listener: () => void): void;
}

export class NoteSaver {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The latest edit not yet handed over to be written. */
  private pending: Edit | null = null;
  /** The latest edit handed over whose write has not landed (in flight, or failed). */
  private unlanded: Edit | null = null;
  private writes: Promise<void> = Promise.resolve();

  constructor(
    private readonly deps: NoteSaverDeps,
    private readonly delayMs = 300,
  ) {}

  changed(note: string | null): void {
    this.pending = { note, editedAt: Date.now() };
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** Drops an edit still waiting (a value from elsewhere, an undo say, replaced it). */
  cancel(): void {
    clearTimeout(this.timer);
    this.pending = null;
  }

  /** Hands the waiting edit over now; resolves when every write so far has settled. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    const edit = this.pending;
    if (edit) {
      this.pending = null;
      this.unlanded = edit;
      this.deps.handedOver(edit.note);
      this.writes = this.writes
        .then(() => this.deps.write(edit.note))
        .then(
          () => {
            if (this.unlanded === edit) this.unlanded = null;
            this.deps.landed(edit.note);
          },
          // Kept in `unlanded`: journalled if the page goes away, so the next start retries it.
          (error: unknown) => console.warn('note not saved', error),
        );
    }
    return this.writes;
  }

  /** The page is going away: journal what may not land, then start writing it anyway. */
  leaving(): void {
    const unsaved = this.pending ?? this.unlanded;
    if (unsaved) this.deps.journal(unsaved.note, unsaved.editedAt);
    void this.flush();
  }

  /** Starts watching the page; the returned function stops and flushes (the editor unmounts). */
  attach(page: PageEvents): () => void {
    const onLeave = () => this.leaving();
    // beforeunload comes first and is where Electron's window close begins; pagehide also
    // covers a page put into the back-forward cache.
    page.addEventListener('beforeunload', onLeave);
    page.addEventListener('pagehide', onLeave);
    openSavers.add(this);
    return () => {
      page.removeEventListener('beforeunload', onLeave);
      page.removeEventListener('pagehide', onLeave);
      openSavers.delete(this);
      void this.flush();
    };
  }
}
