/**
 * Finding a command by what the analyst types, in either language whatever the interface's: each
 * row is matched on its English and Arabic labels, its keys and its id, all folded by the Arabic
 * normaliser (diacritics, tatweel, alef forms, ة/ه, Latin case), every typed word anywhere.
 */
import { foldArabic } from '../../../shared/arabic/normalize';
import { keysShown, type Command } from '../../../shared/commands/commandTable';
import { ar, en } from '../../../shared/i18n/messages';

const labels = (row: Command) => [en[row.label], ar[row.label]].map(foldArabic);

/** 0: a label starts with the query; 1: a word of a label does; 2: it matches elsewhere. */
function rank(row: Command, query: string): number {
  const found = labels(row);
  if (found.some((label) => label.startsWith(query))) return 0;
  return found.some((label) => label.split(/\s+/u).some((word) => word.startsWith(query))) ? 1 : 2;
}

/** The rows that match `query` (all of them for an empty one), best first, otherwise in their given order. */
export function searchCommands(rows: readonly Command[], query: string): Command[] {
  const folded = foldArabic(query).trim().replace(/\s+/gu, ' ');
  if (!folded) return [...rows];
  const words = folded.split(' ');
  const matches = rows.filter((row) => {
    const haystack = [...labels(row), foldArabic(keysShown(row)), row.id].join(' ');
    return words.every((word) => haystack.includes(word));
  });
  // Array.prototype.sort is stable: equal ranks keep the table's order.
  return matches
    .map((row) => ({ row, rank: rank(row, folded) }))
    .sort((a, b) => a.rank - b.rank)
    .map(({ row }) => row);
}
