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

/** Marks the sample corpus as imported and, in the same transaction, selects `articleId` if nothing is selected. */
export function markSeededAndSelect(db: IsnadDatabase, articleId: string | null): Promise<void> {
  return db.transaction('rw', db.settings, async () => {
    await db.settings.put({ key: 'sampleCorpusSeeded', value: true });
    const selected = await db.settings.get('selectedArticleId');
    if (articleId && !selected?.value) await db.settings.put({ key: 'selectedArticleId', value: articleId });
  });
}
