/**
 * brat standoff import (issue 12): a brat collection, given as its files, into InterchangeData.
 *
 * - Each `<name>.txt` is an article (UTF-8, as brat requires; a BOM and CRLF are normalised away
 *   and every offset moved with them); its `<name>.ann` (optional: brat makes an empty one)
 *   gives the annotations. An `.ann` without its `.txt` is refused.
 * - `T` lines become annotations, tagged by type: Isnad's default tags are recognised by the
 *   type name the export gives them, labels and colours come from the nearest visual.conf, and
 *   every other type becomes a new tag (the merge matches tags by name). A discontinuous span
 *   (`s e;s e`, which Isnad cannot hold) becomes one annotation from its first start to its last
 *   end; the text between the fragments is included.
 * - `A` Status/Attribution, `R` Claimant and the `#` comments ClaimantText and Confidence give
 *   the claim fields; `#` AnnotatorNotes the note (plain text, ` ¶ ` back to line breaks);
 *   `#` IsnadId the annotation's id. Other attributes, relations, events and normalisations are
 *   read (and their references checked) but have no place in Isnad.
 * - An annotation without an IsnadId gets an id derived from its article and T id, so importing
 *   the same folder twice gives the same ids.
 * - A T line whose offsets are past the text, or any line brat could not parse, is refused with
 *   the file and line. A T line whose quoted text differs from the text at its offsets is kept
 *   with the offsets as given and the file's quote as `exact`, for the merge to re-place or list.
 */
import { ATTRIBUTIONS, CLAIM_STATUSES, defaultClaimFields, type AnnotationRecord, type Attribution, type ClaimFields, type ClaimStatus } from '../../annotation/annotation';
import { quoteOf } from '../../annotation/snapSpan';
import { DEFAULT_TAGS, type TagDefinition } from '../../annotation/tagSet';
import { detectDirection } from '../../arabic/direction';
import { keysBetween } from '../../order/orderKey';
import { sha256Hex } from '../../text/hash';
import { titleOf } from '../../text/normalizeText';
import { OffsetMap } from '../codePoints';
import { importedArticleRecord, ImportError, type ImportSource, type InterchangeArticle, type InterchangeData } from '../interchange';
import { normalizeWithOffsets } from '../normalizedOffsets';
import { plainTextToNote } from '../plainTextNote';
import { linesOf } from './bratLines';
import { ATTRIBUTE_ATTRIBUTION, ATTRIBUTE_STATUS, bratTypeNameOf, COMMENT_CLAIMANT_TEXT, COMMENT_CONFIDENCE, COMMENT_ISNAD_ID, COMMENT_NOTE, RELATION_CLAIMANT } from './bratNames';
import { parseAnn, type ParsedAnn } from './parseAnn';
import { ConfigTooLargeError, parseAnnotationConf, parseVisualConf, type AnnotationConfig, type VisualConfig } from './parseBratConfig';

interface Document {
  /** Path without the extension. */
  key: string;
  txt: ImportSource;
  ann: ImportSource | null;
}

interface ReadDocument extends Document {
  raw: string;
  parsed: ParsedAnn;
  annotation: AnnotationConfig | null;
  visual: VisualConfig | null;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decode(source: ImportSource): string {
  try {
    return utf8.decode(source.bytes);
  } catch {
    throw new ImportError(source.path, 'is not UTF-8 text (brat reads its files as UTF-8)');
  }
}

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
const folderOf = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf('/')));

/** The .txt/.ann pairs, in path order, and the configuration files by path. */
function collect(sources: readonly ImportSource[]): { documents: Document[]; configs: Map<string, ImportSource> } {
  const byKey = new Map<string, { txt?: ImportSource; ann?: ImportSource }>();
  const configs = new Map<string, ImportSource>();
  for (const source of sources) {
    const path = source.path.replace(/\\/g, '/');
    // brat hides dot files; zips from macOS carry binary "._name" twins of every file.
    if (baseName(path).startsWith('.') || path.split('/').includes('__MACOSX')) continue;
    const name = baseName(path);
    if (name === 'annotation.conf' || name === 'visual.conf') configs.set(path, source);
    const ext = /\.(txt|ann)$/.exec(path)?.[1] as 'txt' | 'ann' | undefined;
    if (!ext) continue;
    const key = path.slice(0, -4);
    byKey.set(key, { ...byKey.get(key), [ext]: source });
  }
  const documents: Document[] = [];
  for (const [key, pair] of [...byKey].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!pair.txt) throw new ImportError(pair.ann!.path, `has no text: brat reads it from ${baseName(key)}.txt beside it, which is missing`);
    documents.push({ key, txt: pair.txt, ann: pair.ann ?? null });
  }
  return { documents, configs };
}

/** brat reads a collection's configuration from the document's folder or the nearest folder above it. */
function nearest<T>(configs: Map<string, ImportSource>, key: string, name: string, parse: (content: string) => T, cache: Map<string, T>): T | null {
  for (let folder = folderOf(key); ; folder = folderOf(folder)) {
    const path = folder ? `${folder}/${name}` : name;
    const source = configs.get(path);
    if (source) {
      if (!cache.has(path)) {
        try {
          cache.set(path, parse(decode(source)));
        } catch (error) {
          throw error instanceof ConfigTooLargeError ? new ImportError(source.path, error.message) : error;
        }
      }
      return cache.get(path)!;
    }
    if (!folder) return null;
  }
}

/** A UUID-shaped id from a hash: the same inputs always give the same id. */
async function derivedId(...parts: string[]): Promise<string> {
  const h = await sha256Hex(['isnad-brat', ...parts].join('\n'));
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

const ARABIC = /[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]/u;
const ISNAD_ID = /^[^\s\p{Cc}]{1,200}$/u;

/** What a document's lines say about one T annotation's claim, before it is known whether its tag is a claim tag. */
interface ClaimEvidence {
  status?: ClaimStatus;
  attribution?: Attribution;
  claimantT?: string;
  claimantText?: string;
  confidence?: number;
}

export async function importBrat(sources: readonly ImportSource[], options: { author: string; now: number }): Promise<InterchangeData> {
  const { documents, configs } = collect(sources);
  const annotationConfs = new Map<string, AnnotationConfig>();
  const visualConfs = new Map<string, VisualConfig>();
  const read: ReadDocument[] = documents.map((doc) => ({
    ...doc,
    raw: decode(doc.txt),
    parsed: doc.ann ? parseAnn(doc.ann.path, decode(doc.ann).replace(/^\ufeff/, '')) : parseAnn(doc.txt.path, ''),
    annotation: nearest(configs, doc.key, 'annotation.conf', parseAnnotationConf, annotationConfs),
    visual: nearest(configs, doc.key, 'visual.conf', parseVisualConf, visualConfs),
  }));

  // First every document's claims, so a tag is a claim tag wherever one of its annotations carries a claim.
  const evidence = read.map((doc) => claimEvidence(doc));
  const claimTypes = new Set<string>([...annotationConfs.values()].flatMap((conf) => [...conf.claimTypes]));
  read.forEach((doc, i) => doc.parsed.textBounds.forEach((t) => evidence[i]!.has(t.id) && claimTypes.add(t.type)));
  const tags = tagsFor(read, claimTypes, options);
  const tagOf = new Map(tags.map((tag) => [tag.type, tag.definition]));

  const articles = new Map<string, InterchangeArticle>();
  const usedIds = new Map<string, string>();
  for (const [i, doc] of read.entries()) {
    const normalized = normalizeWithOffsets(doc.raw);
    const { text } = normalized;
    const id = await sha256Hex(text);
    const name = baseName(doc.key);
    const article: InterchangeArticle = articles.get(id) ?? {
      article: importedArticleRecord({ id, text, title: titleOf(text, name), fileName: `${name}.txt`, author: options.author, now: options.now }, detectDirection(text)),
      text,
      annotations: [],
      note: null,
    };
    // A second document with the same text is the same article: its ids also name the document.
    const ids = await annotationIds(doc, articles.has(id) ? [id, doc.key] : [id], usedIds);
    articles.set(id, article);
    article.annotations.push(...annotationsOf(doc, { id, text, fromRaw: (offset) => normalized.fromRaw(offset) }, ids, evidence[i]!, tagOf, options));
  }
  return { exportedAt: options.now, analystName: options.author, tags: tags.map((t) => t.definition), articles: [...articles.values()] };
}

const annFileOf = (doc: Document) => doc.ann?.path ?? doc.txt.path;

/** Each T line's annotation id: its IsnadId comment, else one derived from `seed` (the article) and the T id. */
async function annotationIds(doc: ReadDocument, seed: string[], usedIds: Map<string, string>): Promise<Map<string, string>> {
  const file = annFileOf(doc);
  const ids = new Map<string, string>();
  for (const comment of doc.parsed.comments) {
    if (comment.type !== COMMENT_ISNAD_ID) continue;
    if (!ISNAD_ID.test(comment.text)) throw new ImportError(file, `line ${comment.line}: "${comment.text}" is not an annotation id`);
    const earlier = usedIds.get(comment.text);
    if (earlier) throw new ImportError(file, `line ${comment.line}: the annotation id ${comment.text} is also given in ${earlier}`);
    usedIds.set(comment.text, `${file} line ${comment.line}`);
    ids.set(comment.target, comment.text);
  }
  for (const t of doc.parsed.textBounds) if (!ids.has(t.id)) ids.set(t.id, await derivedId(...seed, t.id));
  return ids;
}

/** One document's T lines as annotations of its article (`fromRaw` maps the .txt's UTF-16 offsets to the normalised text's). */
function annotationsOf(
  doc: ReadDocument,
  article: { id: string; text: string; fromRaw: (offset: number) => number },
  ids: Map<string, string>,
  evidence: Map<string, ClaimEvidence>,
  tagOf: Map<string, TagDefinition>,
  options: { author: string; now: number },
): AnnotationRecord[] {
  const file = annFileOf(doc);
  const rawMap = new OffsetMap(doc.raw);
  const notes = new Map<string, string[]>();
  // Pushed, not copied into a new list per note: copying made 40,000 notes on one span take
  // 13 s and more notes a hang (fuzz case).
  for (const comment of doc.parsed.comments) {
    if (comment.type !== COMMENT_NOTE || !comment.text) continue;
    const list = notes.get(comment.target) ?? notes.set(comment.target, []).get(comment.target)!;
    list.push(linesOf(comment.text));
  }
  return doc.parsed.textBounds.map((t) => {
    for (const [start, end] of t.spans) {
      if (start > end) throw new ImportError(file, `line ${t.line}: ${t.id} starts at ${start}, after its end ${end}`);
      if (!rawMap.hasCodePoint(end)) throw new ImportError(file, `line ${t.line}: ${t.id} ends at ${end}, past the end of ${baseName(doc.txt.path)} (${rawMap.codePoints} characters)`);
    }
    // brat counts code points of the file as it is (BOM and CR included): convert there, then normalise.
    // A loop, not Math.min(...spans): spread into arguments overflows the stack for a line of a
    // million fragments (fuzz case).
    let first = Infinity;
    let last = -Infinity;
    for (const [start, end] of t.spans) {
      first = Math.min(first, start);
      last = Math.max(last, end);
    }
    const span = { start: article.fromRaw(rawMap.toUnits(first)), end: article.fromRaw(rawMap.toUnits(last)) };
    const quote = quoteOf(article.text, span);
    const pieces = t.spans.map(([start, end]) => doc.raw.slice(rawMap.toUnits(start), rawMap.toUnits(end)));
    const tag = tagOf.get(t.type)!;
    const found = evidence.get(t.id);
    const note = notes.get(t.id);
    return {
      id: ids.get(t.id)!,
      articleId: article.id,
      tagId: tag.id,
      ...span,
      exact: t.text === null || quotes(t.text, pieces) ? quote.exact : t.text,
      prefix: quote.prefix,
      suffix: quote.suffix,
      note: note ? plainTextToNote(note.join('\n')) : null,
      claim: tag.kind === 'claim' || found ? claimOf(found, found?.claimantT === undefined ? undefined : ids.get(found.claimantT)) : null,
      createdAt: options.now,
      updatedAt: options.now,
      author: options.author,
    };
  });
}

/** Whether a T line's text is the text at its offsets: brat joins fragments with a space (before brat 1.3, with nothing), and allows more after a space. */
function quotes(written: string, pieces: string[]): boolean {
  return [pieces.join(' '), pieces.join('')].some((quote) => written === quote || (written.startsWith(quote) && /^\s/u.test(written.slice(quote.length))));
}

function claimOf(evidence: ClaimEvidence | undefined, claimantAnnotationId: string | undefined): ClaimFields {
  const claim = defaultClaimFields();
  return {
    claimantAnnotationId: claimantAnnotationId ?? null,
    claimantText: evidence?.claimantText ?? claim.claimantText,
    attribution: evidence?.attribution ?? claim.attribution,
    status: evidence?.status ?? claim.status,
    confidence: evidence?.confidence ?? claim.confidence,
  };
}

/**
 * Checks that every line refers to lines that exist (brat reports "ID … not defined"), and
 * gathers, per T id, what the lines say of its claim.
 */
function claimEvidence(doc: ReadDocument): Map<string, ClaimEvidence> {
  const file = annFileOf(doc);
  const { parsed } = doc;
  const textBound = new Set(parsed.textBounds.map((t) => t.id));
  const refer = (target: string, line: number) => {
    if (!parsed.ids.has(target)) throw new ImportError(file, `line ${line}: refers to ${target}, which no line defines`);
  };
  const evidence = new Map<string, ClaimEvidence>();
  const of = (target: string) => evidence.get(target) ?? evidence.set(target, {}).get(target)!;
  for (const { target, line } of parsed.references) refer(target, line);
  for (const attribute of parsed.attributes) {
    refer(attribute.target, attribute.line);
    const value = attribute.value;
    // Another project's Status or Attribution, with values Isnad does not have, is not a claim field.
    if (attribute.type === ATTRIBUTE_STATUS && (CLAIM_STATUSES as readonly unknown[]).includes(value)) of(attribute.target).status = value as ClaimStatus;
    if (attribute.type === ATTRIBUTE_ATTRIBUTION && (ATTRIBUTIONS as readonly unknown[]).includes(value)) of(attribute.target).attribution = value as Attribution;
  }
  for (const relation of parsed.relations) {
    for (const [, target] of relation.args) refer(target, relation.line);
    const claim = relation.args.find(([role]) => role === 'Arg1')?.[1];
    const claimant = relation.args.find(([role]) => role === 'Arg2')?.[1];
    if (relation.type !== RELATION_CLAIMANT || !claim || !claimant || !textBound.has(claim) || !textBound.has(claimant)) continue;
    of(claim).claimantT ??= claimant;
  }
  for (const comment of parsed.comments) {
    refer(comment.target, comment.line);
    if (comment.type === COMMENT_CLAIMANT_TEXT) of(comment.target).claimantText = linesOf(comment.text).replace(/\n/g, ' ');
    if (comment.type === COMMENT_CONFIDENCE) {
      const confidence = Number(comment.text);
      if (comment.text === '' || !Number.isFinite(confidence) || confidence < 0 || confidence > 100)
        throw new ImportError(file, `line ${comment.line}: a confidence runs from 0 to 100, not "${comment.text}"`);
      of(comment.target).confidence = confidence;
    }
  }
  for (const target of evidence.keys()) if (!textBound.has(target)) evidence.delete(target);
  return evidence;
}

/**
 * A tag for every type: the entity types of the configurations (in their order), then the
 * event types and any other types the documents use. Isnad's default tags are recognised by
 * their brat name and keep their id when brat's label is theirs.
 */
function tagsFor(docs: readonly ReadDocument[], claimTypes: Set<string>, options: { author: string; now: number }): { type: string; definition: TagDefinition }[] {
  const types: string[] = [];
  const add = (type: string) => types.includes(type) || types.push(type);
  for (const doc of docs) doc.annotation?.entities.forEach(add);
  const used = [...new Set(docs.flatMap((doc) => doc.parsed.textBounds.map((t) => t.type)))].sort();
  used.forEach(add);
  const keys = keysBetween(null, null, types.length, () => '');
  return types.map((type, i) => {
    const visual = docs.find((doc) => doc.visual?.labels.has(type) || doc.visual?.colours.has(type))?.visual;
    const labels = visual?.labels.get(type) ?? [];
    const known = DEFAULT_TAGS.find((tag) => bratTypeNameOf(tag.labelEn) === type);
    const labelEn = labels[0] ?? known?.labelEn ?? type.replace(/_/g, ' ');
    const labelAr = labels.find((label, n) => n > 0 && ARABIC.test(label)) ?? (ARABIC.test(labelEn) ? labelEn : known?.labelEn === labelEn ? known.labelAr : labelEn);
    const definition: TagDefinition = {
      id: known && known.labelEn === labelEn ? known.id : `brat:${type}`,
      labelEn,
      labelAr,
      color: visual?.colours.get(type) ?? known?.color ?? DEFAULT_TAGS[i % DEFAULT_TAGS.length]!.color,
      order: keys[i]!,
      kind: claimTypes.has(type) || known?.kind === 'claim' ? 'claim' : 'entity',
      createdAt: options.now,
      updatedAt: options.now,
      author: options.author,
    };
    return { type, definition };
  });
}
