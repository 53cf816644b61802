/** Settings changes shared by the toolbar, the menu and the keyboard shortcuts. */
import { READER_FONT_SIZES, effectiveDirection } from '../../shared/model';
import { articleById, setDirectionOverride } from '../db/articles';
import { appDatabase } from '../db/database';
import { readSettings, updateSetting } from '../db/settings';

export function changeFontSize(delta: number): Promise<void> {
  return updateSetting(appDatabase(), 'readerFontSize', (size) => Math.min(READER_FONT_SIZES.max, Math.max(READER_FONT_SIZES.min, size + delta)));
}

export function toggleLanguage(): Promise<void> {
  return updateSetting(appDatabase(), 'language', (language) => (language === 'ar' ? 'en' : 'ar'));
}

/** Flips the selected article's direction; flipping back to the detected one clears the override. */
export async function toggleArticleDirection(): Promise<void> {
  const db = appDatabase();
  const { selectedArticleId } = await readSettings(db);
  const article = selectedArticleId ? await articleById(db, selectedArticleId) : undefined;
  if (!article) return;
  const flipped = effectiveDirection(article) === 'rtl' ? 'ltr' : 'rtl';
  await setDirectionOverride(db, article.id, flipped === article.detectedDirection ? null : flipped);
}
