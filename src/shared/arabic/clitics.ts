/**
 * Arabic proclitics: the letters written joined before a word — a conjunction (و، ف), then a
 * preposition (ب، ك، ل), then the article (ال) — so that "and to China" is one written word (وللصين).
 * Pure, on folded text (normalize.ts: alef forms, ى and ة already folded). Used by alias matching
 * (find all mentions), entity completion and the corpus search's terms, so all three agree on what
 * a name behind a clitic is.
 */

const CONJUNCTIONS = ['', 'و', 'ف'] as const;
const PREPOSITIONS = ['', 'ب', 'ك', 'ل'] as const;

/** A stem shorter than this is no reading: وب is not "and" + ب. */
export const MIN_STEM_LENGTH = 2;

export interface CliticReading {
  /** The proclitics as written before the stem ('' for the whole word). */
  clitic: string;
  /**
   * The word without them. The article stays with the stem (الصين is the name, with its article);
   * after ل the article's alef is not written (للصين = ل + الصين), so that reading restores it.
   */
  stem: string;
  /** Where the stem starts in the word as written (the restored alef is not written, so it is not counted). */
  stemStart: number;
}

/**
 * Every way a folded word splits into proclitics and a stem, the whole word first. A reading is a
 * possibility, not an analysis: ولد gives و + لد as well; callers match stems against names they
 * know (aliases, a query), which is what rules the wrong readings out.
 */
export function cliticReadings(word: string): CliticReading[] {
  const readings: CliticReading[] = [{ clitic: '', stem: word, stemStart: 0 }];
  for (const conjunction of CONJUNCTIONS) {
    for (const preposition of PREPOSITIONS) {
      const clitic = conjunction + preposition;
      if (clitic === '' || !word.startsWith(clitic)) continue;
      const rest = word.slice(clitic.length);
      if (rest.length >= MIN_STEM_LENGTH) readings.push({ clitic, stem: rest, stemStart: clitic.length });
      // ل + ال is written لل: the stem is the article's ل and what follows, with the alef restored.
      if (preposition === 'ل' && rest.startsWith('ل') && rest.length > MIN_STEM_LENGTH) readings.push({ clitic, stem: 'ا' + rest, stemStart: clitic.length });
    }
  }
  return readings;
}

/** The stems a folded word can stand for (the whole word included), each once. */
export function stemsOf(word: string): string[] {
  return [...new Set(cliticReadings(word).map((r) => r.stem))];
}

/** The article as written after a preposition (ال), and after ل, where its alef is not written (لل). */
const ARTICLE = 'ال';

export interface WrittenProclitic {
  /** The letters as written before the name (folded), e.g. وبال. */
  written: string;
  /** Whether it ends in the article (so the name after it must not start with one). */
  article: boolean;
  /** Whether it ends in the preposition ل (so a name that starts with ال is written without its alef). */
  endsInLam: boolean;
}

/**
 * Every proclitic as it is written, shortest first: conjunction, preposition, article, and their
 * combinations (و، ب، ال، وال، بال، لل، فبال، ولل …). The article is a proclitic of a name that is
 * listed without it (ناتو in الناتو); a name listed with it (الصين) keeps it as its own.
 */
export function writtenProclitics(): WrittenProclitic[] {
  const all: WrittenProclitic[] = [];
  for (const conjunction of CONJUNCTIONS) {
    for (const preposition of PREPOSITIONS) {
      for (const article of [false, true]) {
        const prefix = conjunction + preposition;
        // ل + ال is written لل: the article's alef is dropped after ل.
        const written = article ? (preposition === 'ل' ? prefix + 'ل' : prefix + ARTICLE) : prefix;
        all.push({ written, article, endsInLam: !article && preposition === 'ل' });
      }
    }
  }
  return all.sort((a, b) => a.written.length - b.written.length);
}
