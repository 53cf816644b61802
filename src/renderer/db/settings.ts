import { DEFAULT_SETTINGS, type Settings } from '../../shared/model';
import type { IsnadDatabase } from './database';

export async function readSettings(db: IsnadDatabase): Promise<Settings> {
  const rows = await db.settings.toArray();
  const stored = Object.fromEntries(rows.map((row) => [row.key, row.value]));
  return { ...DEFAULT_SETTINGS, ...(stored as Partial<Settings>) };
}

export async function writeSetting<K extends keyof Settings>(db: IsnadDatabase, key: K, value: Settings[K]): Promise<void> {
  await db.settings.put({ key, value });
}

/**
 * Reads a setting and writes what `change` makes of it in one transaction. Two key presses in a
 * row (Ctrl+= Ctrl+=) otherwise both read the old size and both write the same next one; an
 * IndexedDB read-write transaction on the store makes the second wait for the first.
 */
export function updateSetting<K extends keyof Settings>(db: IsnadDatabase, key: K, change: (value: Settings[K]) => Settings[K]): Promise<void> {
  return db.transaction('rw', db.settings, async () => {
    const current = (await readSettings(db))[key];
    const next = change(current);
    if (next !== current) await writeSetting(db, key, next);
  });
}

/** Marks the sample corpus as imported and, in the same transaction, selects `articleId` if nothing is selected. */
export function markSeededAndSelect(db: IsnadDatabase, articleId: string | null): Promise<void> {
  return db.transaction('rw', db.settings, async () => {
    await db.settings.put({ key: 'sampleCorpusSeeded', value: true });
    const selected = await db.settings.get('selectedArticleId');
    if (articleId && !selected?.value) await db.settings.put({ key: 'selectedArticleId', value: articleId });
  });
}

/** The analyst name every write stamps its records with (`author`, `deletedBy`). */
export async function analystName(db: IsnadDatabase): Promise<string> {
  const row = await db.settings.get('analystName');
  return typeof row?.value === 'string' ? row.value : DEFAULT_SETTINGS.analystName;
}
