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
