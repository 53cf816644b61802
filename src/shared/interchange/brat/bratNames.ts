/**
 * Names in a brat export: the documents' file names and the annotation types' names.
 *
 * brat stores a type by its "storage form", which may hold only ASCII letters, digits, `_` and
 * `-` (projectconfig.py warns about and rewrites any other name), so a tag's label becomes a
 * name of those characters (`Date/time` → `Date_time`); its labels, Arabic included, go to
 * visual.conf. The same function names a tag on export and recognises Isnad's default tags on
 * import, so the mapping stays one.
 */
import type { TagDefinition } from '../../annotation/tagSet';

/** Names brat or this export already use for something else in the configuration. */
export const RELATION_CLAIMANT = 'Claimant';
export const ATTRIBUTE_STATUS = 'Status';
export const ATTRIBUTE_ATTRIBUTION = 'Attribution';
/** Comment types of the `#` lines (brat shows every comment; its editor edits AnnotatorNotes). */
export const COMMENT_NOTE = 'AnnotatorNotes';
export const COMMENT_CLAIMANT_TEXT = 'ClaimantText';
export const COMMENT_CONFIDENCE = 'Confidence';
export const COMMENT_ISNAD_ID = 'IsnadId';
const RESERVED_TYPE_NAMES = [RELATION_CLAIMANT, ATTRIBUTE_STATUS, ATTRIBUTE_ATTRIBUTION, 'SPAN_DEFAULT', 'ARC_DEFAULT', 'ATTRIBUTE_DEFAULT', 'Equiv', 'SEPARATOR'];

const MAX_TYPE_NAME = 64;

/** A label as a brat storage form, before making it unique; '' when nothing of it is ASCII. */
export function bratTypeNameOf(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // "Café" keeps its letters: é is e + a combining accent
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, MAX_TYPE_NAME);
}

/** Hands out names unique without regard to case (brat's names are case-sensitive; people are not). */
class UniqueNames {
  private readonly taken = new Set<string>();
  constructor(reserved: readonly string[] = []) {
    for (const name of reserved) this.taken.add(name.toLowerCase());
  }
  claim(wanted: string, separator: string): string {
    let name = wanted;
    for (let n = 2; this.taken.has(name.toLowerCase()); n++) name = `${wanted}${separator}${n}`;
    this.taken.add(name.toLowerCase());
    return name;
  }
}

/**
 * A brat type name for every tag, in the order given (palette order, so the same tag set always
 * gets the same names). A label with no ASCII letters (an Arabic-only tag) is named from the
 * tag's id.
 */
export function bratTypeNames(tags: readonly Pick<TagDefinition, 'id' | 'labelEn' | 'labelAr'>[]): Map<string, string> {
  const names = new UniqueNames(RESERVED_TYPE_NAMES);
  const byTag = new Map<string, string>();
  for (const tag of tags) {
    const fromLabel = bratTypeNameOf(tag.labelEn) || bratTypeNameOf(tag.labelAr);
    const wanted = /[A-Za-z]/.test(fromLabel) ? fromLabel : `Tag_${bratTypeNameOf(tag.id).slice(0, 8) || 'unnamed'}`;
    byTag.set(tag.id, names.claim(wanted, '_'));
  }
  return byTag;
}

const MAX_FILE_NAME = 80;
/** Windows refuses these as file names whatever the extension; `COM¹` too. */
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** The name's allowed characters only, trimmed and capped; '' when none is left. */
function cleanName(wanted: string): string {
  return Array.from(
    wanted
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}\p{M}_-]+/gu, '-')
      .replace(/[-_]*-[-_]*/g, '-')
      .replace(/^[-_]+|[-_]+$/g, ''),
  )
    .slice(0, MAX_FILE_NAME)
    .join('')
    .replace(/[-_]+$/, '');
}

/**
 * A document name: letters (any script), digits and marks, with `-` and `_`; no path
 * separators, dots, spaces, control or bidi characters. brat hides documents whose names begin
 * with `.` or `hidden_`, and Windows refuses device names, so neither is ever given.
 */
export function documentNameOf(...wanted: string[]): string {
  const cleaned = wanted.map(cleanName).find((name) => name !== '') ?? '';
  if (!cleaned) return 'article';
  if (WINDOWS_RESERVED.test(cleaned) || /^hidden_/i.test(cleaned)) return `article-${cleaned}`;
  return cleaned;
}

/** One name per article (from its file name without the extension, else its title), unique without regard to case: macOS and Windows file systems ignore it. */
export function documentNames(articles: readonly { fileName: string; title: string }[]): string[] {
  const names = new UniqueNames();
  return articles.map((article) => {
    const base = article.fileName.replace(/^.*[/\\]/, '').replace(/\.[^.]{1,8}$/, '');
    return names.claim(documentNameOf(base, article.title), '-');
  });
}
