/** An entity write that was refused, in the analyst's words (db/entities.ts EntityWriteError). */
import { EntityWriteError } from '../db/entities';
import type { I18n } from './i18n';

/** The message for a refused entity write; other errors are shown as they are. */
export function entityProblemMessage(error: unknown, t: I18n['t']): string {
  if (error instanceof EntityWriteError) return t(`entity.problem.${error.problem}`);
  return error instanceof Error ? error.message : String(error);
}
