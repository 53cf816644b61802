/**
 * brat standoff export (issue 12): one brat collection, flat (the caller puts it in a folder):
 *
 * - `<name>.txt`: the article's text exactly (offsets index it; UTF-8 without BOM, `\n`);
 * - `<name>.ann`: per live annotation, in reading order,
 *   `T<n>\t<Type> <start> <end>\t<text>` with offsets in code points. A span across a line break
 *   is written as brat's discontinuous fragments (`s e;s e`, text joined by a space, brat's own
 *   convention) split at each break, since brat reads one annotation per line;
 *   `A` lines Status and Attribution for every claim; `R` Claimant (claim → claimant) when the
 *   claimant is an annotation of the export; `#` comment lines: `AnnotatorNotes` (the note as
 *   plain text, line breaks as ` ¶ `), `ClaimantText` (the claimant named in words),
 *   `Confidence` (0–100) and `IsnadId` (the annotation's id, so an import into Isnad updates the
 *   same annotation; brat deletes the comment with its span, so a span made in brat has none);
 * - `annotation.conf`, `visual.conf`, `tools.conf` (see bratConfigFiles.ts).
 *
 * Left out, because brat cannot hold them: annotations whose text is only whitespace (brat
 * refuses them as "missing text"), empty spans, whitespace after the text's last word (brat
 * fails to open a document with a span reaching into it), and article notes (brat has no
 * document note). A span's line breaks at its ends are not fragments either, nor is whitespace
 * at the start of a fragment (brat's client warns about a fragment that starts before a word),
 * so an import gives such spans back without them.
 */
import { compareReadingOrder, type AnnotationRecord } from '../../annotation/annotation';
import { comparePaletteOrder, type TagDefinition } from '../../annotation/tagSet';
import { effectiveDirection } from '../../model';
import { OffsetMap } from '../codePoints';
import { liveAnnotations, type ExportedFile, type InterchangeData } from '../interchange';
import { noteToPlainText } from '../plainTextNote';
import { annotationConf, toolsConf, visualConf, type BratType } from './bratConfigFiles';
import { contentEnd, fragmentsOf, isBlankForBrat, oneLine } from './bratLines';
import { ATTRIBUTE_ATTRIBUTION, ATTRIBUTE_STATUS, bratTypeNames, COMMENT_CLAIMANT_TEXT, COMMENT_CONFIDENCE, COMMENT_ISNAD_ID, COMMENT_NOTE, documentNames, RELATION_CLAIMANT } from './bratNames';

/** Isnad's default tags that name people and organisations: the claimants brat lets a claim point to. */
const CLAIMANT_TAG_IDS = new Set(['person', 'organisation']);

export function exportBrat(data: InterchangeData): ExportedFile[] {
  const articles = data.articles.map((article) => ({ ...article, live: liveAnnotations(article).sort(compareReadingOrder) }));
  const used = new Set(articles.flatMap((a) => a.live.map((annotation) => annotation.tagId)));
  const known = new Map(data.tags.map((tag) => [tag.id, tag]));
  // The tag set (a removed tag only if an exported annotation still has it), then any tag missing from it.
  const tags: TagDefinition[] = data.tags.filter((tag) => tag.deletedAt === undefined || used.has(tag.id)).sort(comparePaletteOrder);
  const missing = [...used].filter((id) => !known.has(id)).sort();
  const typeOf = bratTypeNames([...tags, ...missing.map((id) => ({ id, labelEn: '', labelAr: '' }))]);
  const types: BratType[] = [...tags.map((tag) => ({ name: typeOf.get(tag.id)!, tag })), ...missing.map((id) => ({ name: typeOf.get(id)!, tag: null }))];

  const claimTypes = new Set(tags.filter((tag) => tag.kind === 'claim').map((tag) => typeOf.get(tag.id)!));
  const claimantTypes = new Set(tags.filter((tag) => CLAIMANT_TAG_IDS.has(tag.id) && tag.deletedAt === undefined).map((tag) => typeOf.get(tag.id)!));
  const files: ExportedFile[] = [];
  const names = documentNames(articles.map((a) => a.article));
  articles.forEach((article, i) => {
    const ann = annFile(article.text, article.live, (tagId) => typeOf.get(tagId)!, claimTypes, claimantTypes);
    files.push({ path: `${names[i]!}.txt`, content: article.text }, { path: `${names[i]!}.ann`, content: ann });
  });

  const rtl = articles.filter((a) => effectiveDirection(a.article) === 'rtl').length;
  const config = {
    types,
    claimTypes: types.map((t) => t.name).filter((name) => claimTypes.has(name)),
    claimantTypes: types.map((t) => t.name).filter((name) => claimantTypes.has(name)),
    direction: rtl > 0 && rtl >= articles.length - rtl ? ('rtl' as const) : ('ltr' as const),
  };
  files.push({ path: 'annotation.conf', content: annotationConf(config) }, { path: 'visual.conf', content: visualConf(config) }, { path: 'tools.conf', content: toolsConf() });
  return files;
}

/**
 * One article's `.ann`. Adds to `claimTypes` and `claimantTypes` the types that carry claims
 * and claimants here, so the configuration allows every line written.
 */
function annFile(text: string, annotations: readonly AnnotationRecord[], typeOf: (tagId: string) => string, claimTypes: Set<string>, claimantTypes: Set<string>): string {
  const offsets = new OffsetMap(text);
  const lastEnd = contentEnd(text);
  const textBound: string[] = [];
  const tIds = new Map<string, string>();
  const written: AnnotationRecord[] = [];
  for (const annotation of annotations) {
    if (!(annotation.start >= 0 && annotation.end <= text.length && annotation.start < annotation.end)) continue;
    const fragments = fragmentsOf(text, annotation.start, Math.min(annotation.end, lastEnd));
    const quote = fragments.map((f) => text.slice(f.start, f.end)).join(' ');
    if (fragments.length === 0 || isBlankForBrat(quote)) continue;
    const tId = `T${tIds.size + 1}`;
    tIds.set(annotation.id, tId);
    written.push(annotation);
    const spans = fragments.map((f) => `${offsets.toCodePoints(f.start)} ${offsets.toCodePoints(f.end)}`).join(';');
    textBound.push(`${tId}\t${typeOf(annotation.tagId)} ${spans}\t${quote}`);
  }

  const attributes: string[] = [];
  const relations: string[] = [];
  const comments: string[] = [];
  const comment = (type: string, target: string, value: string) => {
    if (value) comments.push(`#${comments.length + 1}\t${type} ${target}\t${value}`);
  };
  const byId = new Map(written.map((annotation) => [annotation.id, annotation]));
  for (const annotation of written) {
    const tId = tIds.get(annotation.id)!;
    comment(COMMENT_ISNAD_ID, tId, oneLine(annotation.id));
    comment(COMMENT_NOTE, tId, oneLine(noteToPlainText(annotation.note)));
    const claim = annotation.claim;
    if (!claim) continue;
    claimTypes.add(typeOf(annotation.tagId));
    attributes.push(`A${attributes.length + 1}\t${ATTRIBUTE_STATUS} ${tId} ${claim.status}`);
    attributes.push(`A${attributes.length + 1}\t${ATTRIBUTE_ATTRIBUTION} ${tId} ${claim.attribution}`);
    const claimant = claim.claimantAnnotationId === null ? undefined : byId.get(claim.claimantAnnotationId);
    if (claimant && claimant !== annotation) {
      claimantTypes.add(typeOf(claimant.tagId));
      relations.push(`R${relations.length + 1}\t${RELATION_CLAIMANT} Arg1:${tId} Arg2:${tIds.get(claimant.id)!}`);
    }
    comment(COMMENT_CLAIMANT_TEXT, tId, oneLine(claim.claimantText));
    if (claim.confidence !== null && Number.isFinite(claim.confidence)) comment(COMMENT_CONFIDENCE, tId, String(claim.confidence));
  }
  const lines = [...textBound, ...attributes, ...relations, ...comments];
  return lines.length ? `${lines.join('\n')}\n` : '';
}
