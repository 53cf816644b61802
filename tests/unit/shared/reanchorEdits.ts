/**
 * Edited versions of a text whose truth is known: each edit is built from pieces of the old text and
 * inserted strings, so every old character that survives knows where it went (`map`, -1 when it was
 * removed or replaced). Deterministic: each edit draws from a seeded generator.
 */
export type Piece = { from: number; to: number } | { insert: string };

export interface Edited {
  text: string;
  /** map[i]: where old character i is in the new text, or -1. */
  map: Int32Array;
}

export function build(old: string, pieces: readonly Piece[]): Edited {
  const map = new Int32Array(old.length).fill(-1);
  let text = '';
  for (const piece of pieces) {
    if ('insert' in piece) {
      text += piece.insert;
      continue;
    }
    for (let i = piece.from; i < piece.to; i++) map[i] = text.length + (i - piece.from);
    text += old.slice(piece.from, piece.to);
  }
  return { text, map };
}

/** mulberry32: a small seeded generator, so every run edits the same places. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Sentences as [start, end): each ends after its full stop (and the space after it) or its line break. */
export function sentences(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  const boundary = /[.!؟?]+[ \t]*|\n+/gu;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    if (text.slice(start, end).trim().length > 0) out.push({ start, end });
    start = end;
  }
  if (start < text.length && text.slice(start).trim()) out.push({ start, end: text.length });
  return out;
}

/** `count` distinct picks from 0..n-1 in the generator's order. */
function pick(random: () => number, n: number, count: number): number[] {
  const chosen = new Set<number>();
  while (chosen.size < Math.min(count, n)) chosen.add(Math.floor(random() * n));
  return [...chosen].sort((a, b) => a - b);
}

/** Pieces that keep everything but replace the given disjoint, sorted ranges. */
function splice(old: string, edits: { from: number; to: number; insert: string }[]): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const e of edits) {
    pieces.push({ from: at, to: e.from }, { insert: e.insert });
    at = e.to;
  }
  pieces.push({ from: at, to: old.length });
  return pieces;
}

const NEW_SENTENCE = 'وأضاف المصدر أن المحادثات ستستمر خلال الأيام المقبلة. ';

/** Three sentences inserted: copies of other sentences of the article (lookalikes of what is tagged) and a new one. */
export function insertSentences(old: string, seed: number): Edited {
  const random = seeded(seed);
  const all = sentences(old);
  const at = pick(random, all.length, 3);
  const copies = at.map(() => all[Math.floor(random() * all.length)]!);
  const inserts = at.map((i, k) => ({ from: all[i]!.end, to: all[i]!.end, insert: k === 1 ? NEW_SENTENCE : old.slice(copies[k]!.start, copies[k]!.end) }));
  return build(old, splice(old, inserts));
}

/** Three sentences removed. */
export function removeSentences(old: string, seed: number): Edited {
  const random = seeded(seed);
  const all = sentences(old);
  return build(
    old,
    splice(
      old,
      pick(random, all.length, 3).map((i) => ({ from: all[i]!.start, to: all[i]!.end, insert: '' })),
    ),
  );
}

const WORDS = ['قد', 'أيضاً', 'الجديدة', 'بشكل كبير', ''];

/** Six sentences reworded: two of their words each replaced by another word, or dropped. */
export function rewordSentences(old: string, seed: number): Edited {
  const random = seeded(seed);
  const all = sentences(old).filter((s) => old.slice(s.start, s.end).split(/\s+/u).length >= 6);
  const edits: { from: number; to: number; insert: string }[] = [];
  for (const i of pick(random, all.length, 6)) {
    const sentence = all[i]!;
    const words = [...old.slice(sentence.start, sentence.end).matchAll(/\S+/gu)];
    for (const w of pick(random, words.length, 2).map((k) => words[k]!)) {
      const from = sentence.start + w.index;
      edits.push({ from, to: from + w[0].length, insert: WORDS[Math.floor(random() * WORDS.length)]! });
    }
  }
  return build(old, splice(old, edits));
}

const FATHA = '\u064e';
const isLetter = (c: string) => c >= '\u0621' && c <= '\u064a';

/** Four sentences vowelled: a fatha after every other Arabic letter. */
export function addDiacritics(old: string, seed: number): Edited {
  const random = seeded(seed);
  const all = sentences(old);
  const edits: { from: number; to: number; insert: string }[] = [];
  for (const i of pick(random, all.length, 4)) {
    let letters = 0;
    for (let at = all[i]!.start; at < all[i]!.end; at++) if (isLetter(old[at]!) && letters++ % 2 === 1) edits.push({ from: at + 1, to: at + 1, insert: FATHA });
  }
  return build(old, splice(old, edits));
}

/** Every line break written CRLF (as another tool may have kept it; the app's intake makes it LF again). */
export function crlf(old: string): Edited {
  const edits: { from: number; to: number; insert: string }[] = [];
  for (let at = old.indexOf('\n'); at !== -1; at = old.indexOf('\n', at + 1)) edits.push({ from: at, to: at, insert: '\r' });
  return build(old, splice(old, edits));
}

/** The third paragraph (line) of some length moved to the end. */
export function moveParagraph(old: string): Edited {
  const lines: { start: number; end: number }[] = [];
  let start = 0;
  for (const line of old.split('\n')) {
    if (line.trim().length > 40) lines.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  const moved = lines[2]!;
  // The paragraph and its line break leave; it comes back after the last line.
  const pieces: Piece[] = [
    { from: 0, to: moved.start },
    { from: moved.end + 1, to: old.length },
  ];
  if (!old.endsWith('\n')) pieces.push({ insert: '\n' });
  pieces.push({ from: moved.start, to: moved.end }, { insert: '\n' });
  return build(old, pieces);
}
