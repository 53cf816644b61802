/** What an import did, file by file: kept by the store for the status line, built by features/library/importArticles. */
import type { IntakeRefused } from '../../shared/text/intake';

export interface Refusal {
  name: string;
  sourceKey: string;
  reason: IntakeRefused['reason'];
}

export interface ImportReport {
  total: number;
  processed: number;
  added: number;
  versions: number;
  duplicates: number;
  refused: Refusal[];
  cancelled: boolean;
  /** Ids of the articles this import stored or found, in file order. */
  articleIds: string[];
  /** How the annotations of the articles that got new versions moved (db/reanchorVersion.ts). */
  reanchored?: { exact: number; approximate: number; orphaned: number };
}
