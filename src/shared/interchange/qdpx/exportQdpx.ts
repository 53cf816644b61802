/**
 * REFI-QDA project export (.qdpx, QDA-XML 1.0: tests/fixtures/standards/refi-qda/Project.xsd), what MAXQDA,
 * ATLAS.ti, NVivo and QDA Miner exchange. One zip holding `project.qde` and each article's text as
 * `sources/<guid>.txt` (UTF-8, no BOM, `\n` line ends, as Isnad stores it).
 *
 * What goes where:
 * - the tag set → Codes (name = English label, colour, isCodable); the Arabic label, kind and tag
 *   id in the Code's Description (descriptions.ts);
 * - each article → a TextSource (name = title, plainTextPath internal://<guid>.txt); its note → a
 *   Note referred to by the source's NoteRef;
 * - each live annotation → a PlainTextSelection (guid = the annotation's id) with positions in
 *   code points (REFI-QDA 1.5 §10.2) and one Coding of its code; its note → a Note (plain text)
 *   referred to by the selection's NoteRef; a claim's fields → the selection's Description, and
 *   its claimant span → a Link named "claimant" from the claim's selection to the claimant's;
 * - the analyst and every author → Users; sources, selections and notes carry creatingUser/
 *   creationDateTime and modifyingUser/modifiedDateTime (Isnad keeps one `author` per record,
 *   written as both).
 * What does not survive: notes' formatting (bold, lists, links become plain text), the prefix and
 * suffix (recomputed from the text on import), articles' file name, source key, encoding,
 * direction override and previous version, deleted records, the palette's order keys (the Codes'
 * order keeps the order itself).
 *
 * Deterministic: the same data gives the same bytes (derived GUIDs, fixed zip dates).
 */
import { zipSync } from 'fflate';
import { compareReadingOrder } from '../../annotation/annotation';
import { comparePaletteOrder, type TagDefinition } from '../../annotation/tagSet';
import type { RecordStamp } from '../../model';
import { OffsetMap } from '../codePoints';
import { liveAnnotations, type ExportedFile, type InterchangeData } from '../interchange';
import { noteToPlainText } from '../plainTextNote';
import { claimDescription, codeDescription } from './descriptions';
import { articleGuid, derivedGuid, guidOf } from './guid';
import { qdeAttr, qdeText } from './xmlEscape';

export const QDA_XML_NAMESPACE = 'urn:QDA-XML:project:1.0';

const iso = (ms: number) => new Date(ms).toISOString();
const RGB = /^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$/;

/** `isnad-2026-11-23.qdpx`, dated by the export (UTC, so the name does not depend on the machine's zone). */
export const qdpxFileName = (exportedAt: number) => `isnad-${iso(exportedAt).slice(0, 10)}.qdpx`;

export function exportQdpx(data: InterchangeData): ExportedFile[] {
  const { xml, sources } = projectXml(data);
  const files: Record<string, Uint8Array> = { 'project.qde': new TextEncoder().encode(xml) };
  for (const [path, text] of sources) files[path] = new TextEncoder().encode(text);
  const zip = zipSync(files, { level: 6, mtime: zipDate(data.exportedAt) });
  return [{ path: qdpxFileName(data.exportedAt), content: zip }];
}

/**
 * A zip stores local wall-clock time and fflate reads it from the Date's local fields; giving it
 * a Date whose local fields are the export's UTC time makes the bytes the same in every time zone.
 * Zip dates start in 1980.
 */
function zipDate(ms: number): Date {
  const u = new Date(Math.max(ms, Date.UTC(1980, 0, 1)));
  return new Date(u.getUTCFullYear(), u.getUTCMonth(), u.getUTCDate(), u.getUTCHours(), u.getUTCMinutes(), u.getUTCSeconds());
}

/** project.qde's text and the source files it points at (path in the zip → text). */
export function projectXml(data: InterchangeData): { xml: string; sources: Map<string, string> } {
  const users = userGuids(data);
  const user = (name: string) => users.get(name)!;
  const stamp = (record: RecordStamp) =>
    ` creatingUser="${user(record.author)}" creationDateTime="${iso(record.createdAt)}" modifyingUser="${user(record.author)}" modifiedDateTime="${iso(record.updatedAt)}"`;

  const codes = codeGuids(data);
  const sources = new Map<string, string>();
  const sourceXml: string[] = [];
  const notes: string[] = [];
  const links: string[] = [];

  for (const entry of data.articles) {
    const guid = articleGuid(entry.article.id);
    const path = `${guid}.txt`;
    sources.set(`sources/${path}`, entry.text);
    const map = new OffsetMap(entry.text);
    const live = liveAnnotations(entry).sort(compareReadingOrder);
    const byId = new Map(live.map((a) => [a.id, a]));
    const selectionGuids = new Map<string, string>();
    for (const a of live) selectionGuids.set(a.id, guidOf('annotation', a.id));

    let selections = '';
    for (const a of live) {
      const selectionGuid = selectionGuids.get(a.id)!;
      const code = codes.get(a.tagId)!;
      const inner: string[] = [];
      if (a.claim) {
        const span = a.claim.claimantAnnotationId ? (byId.get(a.claim.claimantAnnotationId)?.exact ?? null) : null;
        inner.push(`<Description>${qdeText(claimDescription(a.claim, span))}</Description>`);
        const target = a.claim.claimantAnnotationId ? selectionGuids.get(a.claim.claimantAnnotationId) : undefined;
        if (target) links.push(`<Link guid="${derivedGuid('link', a.id)}" name="claimant" direction="OneWay" originGUID="${selectionGuid}" targetGUID="${target}"/>`);
      }
      // The coding is the selection's one tag: its stamps would repeat the selection's (a large project.qde is slow to parse).
      inner.push(`<Coding guid="${derivedGuid('coding', a.id)}"><CodeRef targetGUID="${code.guid}"/></Coding>`);
      const noteText = noteToPlainText(a.note);
      if (noteText) {
        const noteGuid = derivedGuid('note', a.id);
        inner.push(`<NoteRef targetGUID="${noteGuid}"/>`);
        notes.push(noteXml(noteGuid, `${code.name}: ${clip(a.exact)}`, noteText, stamp(a)));
      }
      const start = map.toCodePoints(a.start);
      const end = map.toCodePoints(a.end);
      selections += `<PlainTextSelection guid="${selectionGuid}" name="${qdeAttr(clip(a.exact))}" startPosition="${start}" endPosition="${end}"${stamp(a)}>${inner.join('')}</PlainTextSelection>`;
    }

    let articleNoteRef = '';
    const articleNoteText = entry.note && entry.note.deletedAt === undefined ? noteToPlainText(entry.note.note) : '';
    if (entry.note && articleNoteText) {
      const noteGuid = derivedGuid('article-note', entry.article.id);
      articleNoteRef = `<NoteRef targetGUID="${noteGuid}"/>`;
      notes.push(noteXml(noteGuid, entry.article.title, articleNoteText, stamp(entry.note)));
    }
    sourceXml.push(`<TextSource guid="${guid}" name="${qdeAttr(entry.article.title)}" plainTextPath="internal://${path}"${stamp(entry.article)}>${selections}${articleNoteRef}</TextSource>`);
  }

  const analyst = user(data.analystName);
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<Project xmlns="${QDA_XML_NAMESPACE}" name="${qdeAttr(`Isnad ${iso(data.exportedAt).slice(0, 10)}`)}" origin="Isnad" creatingUserGUID="${analyst}" creationDateTime="${iso(data.exportedAt)}" modifyingUserGUID="${analyst}" modifiedDateTime="${iso(data.exportedAt)}">`,
    `<Users>${[...users].map(([name, guid]) => `<User guid="${guid}" name="${qdeAttr(name)}"/>`).join('')}</Users>`,
  ];
  // Each of these lists must hold at least one element when present.
  if (codes.size) parts.push(`<CodeBook><Codes>${[...codes.values()].map((c) => c.xml).join('')}</Codes></CodeBook>`);
  if (sourceXml.length) parts.push(`<Sources>${sourceXml.join('')}</Sources>`);
  if (notes.length) parts.push(`<Notes>${notes.join('')}</Notes>`);
  if (links.length) parts.push(`<Links>${links.join('')}</Links>`);
  parts.push(`<Description>${qdeText(PROJECT_DESCRIPTION)}</Description>`, '</Project>\n');
  return { xml: parts.join(''), sources };
}

const PROJECT_DESCRIPTION =
  'Exported by Isnad. Selection positions count Unicode code points. A claim’s status, attribution, claimant and confidence are in its selection’s Description; ' +
  'its claimant span is a Link named “claimant”. A code’s Description holds its Arabic label and kind.';

/** A quote shortened for a name. */
function clip(text: string, max = 60): string {
  const one = text.replace(/\s+/g, ' ').trim();
  const cps = [...one];
  return cps.length > max ? `${cps.slice(0, max - 1).join('')}…` : one;
}

function noteXml(guid: string, name: string, text: string, stamp: string): string {
  return `<Note guid="${guid}" name="${qdeAttr(name)}"${stamp}><PlainTextContent>${qdeText(text)}</PlainTextContent></Note>`;
}

/** Every author named anywhere, the analyst first, each with a GUID derived from the name. */
function userGuids(data: InterchangeData): Map<string, string> {
  const names = new Set<string>([data.analystName]);
  for (const entry of data.articles) {
    names.add(entry.article.author);
    if (entry.note) names.add(entry.note.author);
    for (const a of liveAnnotations(entry)) names.add(a.author);
  }
  const users = new Map<string, string>();
  for (const name of names) users.set(name, derivedGuid('user', name));
  return users;
}

interface Code {
  guid: string;
  name: string;
  xml: string;
}

/**
 * A Code per tag in palette order: live tags, and removed tags an exported annotation still uses.
 * An annotation whose tag is missing from the set altogether still gets a code (named by its tag
 * id), so no annotation is dropped.
 */
function codeGuids(data: InterchangeData): Map<string, Code> {
  const used = new Set(data.articles.flatMap((entry) => liveAnnotations(entry).map((a) => a.tagId)));
  const tags = data.tags.filter((t) => t.deletedAt === undefined || used.has(t.id)).sort(comparePaletteOrder);
  const known = new Set(tags.map((t) => t.id));
  const missing: TagDefinition[] = [...used]
    .filter((id) => !known.has(id))
    .sort()
    .map((id) => ({ id, labelEn: id, labelAr: '', color: '', order: '', kind: 'entity', createdAt: 0, updatedAt: 0, author: '' }));
  const codes = new Map<string, Code>();
  for (const tag of [...tags, ...missing]) {
    const guid = guidOf('tag', tag.id);
    const name = tag.labelEn.trim() || tag.labelAr.trim() || tag.id;
    const color = RGB.test(tag.color) ? ` color="${tag.color}"` : '';
    codes.set(tag.id, { guid, name, xml: `<Code guid="${guid}" name="${qdeAttr(name)}" isCodable="true"${color}><Description>${qdeText(codeDescription(tag))}</Description></Code>` });
  }
  return codes;
}
