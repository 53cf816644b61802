/**
 * A mention as the entity page shows it: inside its sentence (textSteps.ts sentenceAt), the mention
 * marked, a very long sentence cut around it. Pure.
 */
import { sentenceAt } from '../annotation/textSteps';

export interface InSentence {
  /** The sentence before the mention ('…' first when cut). */
  before: string;
  marked: string;
  /** The sentence after the mention ('…' last when cut). */
  after: string;
}

/** Characters kept on each side of the mark in a very long sentence. */
export const SENTENCE_CONTEXT = 160;

export function inSentence(text: string, start: number, end: number): InSentence {
  const sentence = sentenceAt(text, start) ?? { start, end };
  // A mention running past its sentence's end is shown whole.
  const sentenceStart = Math.min(sentence.start, start);
  const sentenceEnd = Math.max(sentence.end, end);
  const from = Math.max(sentenceStart, start - SENTENCE_CONTEXT);
  const to = Math.min(sentenceEnd, end + SENTENCE_CONTEXT);
  return {
    before: (from > sentenceStart ? '…' : '') + text.slice(from, start).trimStart(),
    marked: text.slice(start, end),
    after: text.slice(end, to).trimEnd() + (to < sentenceEnd ? '…' : ''),
  };
}
