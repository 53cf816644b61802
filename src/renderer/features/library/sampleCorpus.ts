/**
 * The five articles Isnad was made for, bundled from resources/corpus into the renderer so that
 * a new analyst has something to read on first start, with no file access and no network.
 */
import type { PickedFile } from '../../../shared/host';
import { markSeededAndSelect, readSettings } from '../../db/settings';
import type { IsnadDatabase } from '../../db/database';
import { importArticles } from './importArticles';

const bundled = import.meta.glob<string>('../../../../resources/corpus/*.txt', { query: '?raw', import: 'default', eager: true });

export function sampleCorpusFiles(): PickedFile[] {
  return Object.entries(bundled)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, text]) => {
      const name = path.slice(path.lastIndexOf('/') + 1);
      const bytes = new TextEncoder().encode(text);
      return { name, sourceKey: `sample/${name}`, size: bytes.length, read: async () => bytes };
    });
}

let seeding: Promise<void> | null = null;

/** Imports the sample corpus once per database, the first time the app starts. */
export function seedSampleCorpusOnce(db: IsnadDatabase): Promise<void> {
  seeding ??= (async () => {
    const settings = await readSettings(db);
    if (settings.sampleCorpusSeeded) return;
    const report = await importArticles(db, sampleCorpusFiles(), { author: settings.analystName });
    // Select the first sample only if the analyst has not picked an article meanwhile.
    await markSeededAndSelect(db, report.articleIds[0] ?? null);
  })();
  return seeding;
}
