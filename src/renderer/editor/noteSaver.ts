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
  /**
   * Records `note` synchronously, for when the page goes away before its write has landed.
   * `base` lists what the stored note can be if nothing but this editor changed it since: the last
   * value known stored, then every value still being written. Anything else is someone else's.
   */
  journal(note: string | null, base: (string | null)[]): void;
  /** A value has been stored. */
  landed(note: string | null): void;
}

/** The window, as far as a saver listens to it (tests pass a fake). */
interface PageEvents {
  addEventListener(type: 'beforeunload' | 'pagehide', listener: () => void): void;
  removeEventListener(type: 'beforeunload' | 'pagehide', listener: () => void): void;
}

/** A value, boxed so that two equal values handed over at different times stay apart. */
interface Edit {
  note: string | null;
}

export class NoteSaver {
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The latest edit not yet handed over to be written. */
  private pending: Edit | null = null;
  /** Edits handed over whose writes have not settled, oldest first. */
  private readonly inFlight: Edit[] = [];
  /** The latest edit handed over that has not landed (in flight, or failed). */
  private unlanded: Edit | null = null;
  private writes: Promise<void> = Promise.resolve();

  /** `stored`: the note as stored when the editor opened. */
  constructor(
    private readonly deps: NoteSaverDeps,
    private stored: string | null,
    private readonly delayMs = 300,
  ) {}

  changed(note: string | null): void {
    this.pending = { note };
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), this.delayMs);
  }

  /** A value from elsewhere (an undo, say) is now stored: it wins over an edit still waiting. */
  replaced(note: string | null): void {
    clearTimeout(this.timer);
    this.pending = null;
    this.stored = note;
  }

  /** Hands the waiting edit over now; resolves when every write so far has settled. */
  flush(): Promise<void> {
    clearTimeout(this.timer);
    const edit = this.pending;
    if (edit) {
      this.pending = null;
      this.inFlight.push(edit);
      this.unlanded = edit;
      this.deps.handedOver(edit.note);
      this.writes = this.writes
        .then(() => this.deps.write(edit.note))
        .then(
          () => {
            this.inFlight.shift();
            this.stored = edit.note;
            if (this.unlanded === edit) this.unlanded = null;
            this.deps.landed(edit.note);
          },
          (error: unknown) => {
            // Kept in `unlanded`: journalled if the page goes away, so the next start retries it.
            this.inFlight.shift();
            console.warn('note not saved', error);
          },
        );
    }
    return this.writes;
  }

  /** The page is going away: journal what may not land, then start writing it anyway. */
  leaving(): void {
    const unsaved = this.pending ?? this.unlanded;
    if (unsaved) this.deps.journal(unsaved.note, [this.stored, ...this.inFlight.map((edit) => edit.note)]);
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
