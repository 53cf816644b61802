/**
 * How the web host asks the analyst before it opens a link: the host cannot draw React, so it posts
 * the question here and the app's confirmation dialog (ui/LinkConfirmDialog), which listens, answers.
 * With no dialog listening the answer is no: a link is never opened unasked.
 */
export interface LinkQuestion {
  /** The parsed address that would be opened. */
  href: string;
  /** Its host, as the parser reads it: what the analyst is asked about. */
  host: string;
  answer(open: boolean): void;
}

type Asker = (question: LinkQuestion) => void;
let asker: Asker | null = null;

/** The dialog registers itself; returns the unregister function. */
export function answerLinkQuestions(next: Asker): () => void {
  asker = next;
  return () => {
    if (asker === next) asker = null;
  };
}

export function askToOpenLink(href: string, host: string): Promise<boolean> {
  const current = asker;
  if (!current) return Promise.resolve(false);
  return new Promise((resolve) => current({ href, host, answer: resolve }));
}
