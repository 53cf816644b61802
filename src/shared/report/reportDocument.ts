/**
 * The report as every format draws it: the input filtered to the asked-for annotations, numbered,
 * cut into highlighted segments, with its claims and entities tables, counts and translated
 * labels. HTML and DOCX render this one structure, so the two can never disagree on content.
 */
import { linkReading } from '../claims/corpusClaim';
import { ATTRIBUTIONS, CLAIM_STATUSES, compareReadingOrder, type ClaimStatus } from '../annotation/annotation';
import { comparePaletteOrder, type TagDefinition } from '../annotation/tagSet';
import { annotationFilter } from '../annotation/annotationFilter';
import { foldArabic } from '../arabic/normalize';
import { parseWikidataId, type EntityType } from '../entity/entity';
import type { MessageKey } from '../i18n/messages';
import { formatNumber, translate, UI_LOCALE, type MessageParams } from '../i18n/translate';
import { isDeleted, type UiLanguage } from '../model';
import { layeredFill, safeColour } from './highlightColours';
import { paragraphSegments, type Paragraph } from './highlightSegments';
import { ENTITY_TAG_IDS, type ReportEntityInput, type ReportFont, type ReportInput, type ReportScope } from './reportInput';
import { parseRichNote, type RichBlock } from './richNote';
import { tagCodes } from '../annotation/tagCodes';
import { visibleControls } from '../text/visibleControls';

export interface LegendEntry {
  tagId: string;
  label: string;
  code: string;
  colour: string;
  /** The same colour tinted over paper, as highlights show it. */
  fill: string;
}

export interface ReportAnnotation {
  /** Anchor name, unique in the report ("a2-7": article 2, annotation 7). */
  ref: string;
  number: number;
  id: string;
  tag: LegendEntry;
  exact: string;
  note: RichBlock[] | null;
}

export interface ClaimRow {
  annotation: ReportAnnotation;
  /** The claimant's highlight when it is in the report, or the claimant's words, or nothing. */
  claimant: { kind: 'span'; text: string; ref: string } | { kind: 'text'; text: string } | null;
  attribution: string;
  status: string;
  confidence: string;
  /** Its links to other claims (issue 13), as this claim reads them. */
  links: ClaimLinkRow[];
}

export interface ClaimLinkRow {
  /** "Same claim as", "Supports", "Supported by", "Contradicts", in the report's language. */
  reading: string;
  text: string;
  article: string;
  /** The other claim's anchor when it is in the report too (filled once every article is built). */
  ref: string | null;
  otherId: string;
}

/**
 * One entity of an article's entities table: a registry entity (its mentions in the article), or,
 * for mentions linked to none, the mentions of one text (grouped by their folded form, as before the
 * registry existed), marked as not linked.
 */
export interface EntityRow {
  /** The registry entity's name, or the text of the first unlinked mention as written. */
  name: string;
  /** The entity's type; for unlinked mentions, their tags and "not linked". */
  tags: string;
  linked: boolean;
  mentions: number;
  first: ReportAnnotation;
}

/** One registry entity over the whole report (the title page's table). */
export interface RegistryRow {
  name: string;
  latinName: string;
  type: string;
  aliases: string[];
  /** A valid Wikidata item id, or null. */
  wikidataId: string | null;
  mentions: number;
  /** The report's articles it is mentioned in, in report order. */
  articles: { ref: string; number: number; title: string }[];
}

export interface ReportArticle {
  ref: string;
  title: string;
  fileName: string;
  note: RichBlock[] | null;
  paragraphs: Paragraph[];
  annotations: ReportAnnotation[];
  /** The annotation for each ref used in `paragraphs`. */
  byRef: Map<string, ReportAnnotation>;
  claims: ClaimRow[];
  entities: EntityRow[];
}

export interface ReportDocument {
  language: UiLanguage;
  dir: 'rtl' | 'ltr';
  t: (key: MessageKey, params?: MessageParams) => string;
  /** A number as the interface language writes it: counts, mentions, annotation numbers. */
  n: (value: number) => string;
  title: string;
  generatedAt: string;
  analystName: string;
  scope: string;
  filters: string;
  legend: LegendEntry[];
  counts: {
    articles: number;
    annotations: number;
    byTag: { entry: LegendEntry; count: number }[];
    claims: number;
    byStatus: { status: string; count: number }[];
  };
  articles: ReportArticle[];
  /** The registry entities mentioned in the report, most mentioned first. */
  registry: RegistryRow[];
  /** Entity mentions (Person, Organisation, Place, Event) linked to no registry entity. */
  unlinkedMentions: number;
  fonts: readonly ReportFont[];
  /** Fill colour of a segment covered by these refs (outermost first). */
  fillOf: (article: ReportArticle, covering: readonly string[]) => string;
}

const SCOPE_LABEL: Record<ReportScope, MessageKey> = { article: 'report.scopeArticle', selection: 'report.scopeSelection', corpus: 'report.scopeCorpus' };

/** Whitespace-collapsed, folded text: the key that groups mentions of one entity. */
const entityKey = (text: string) => foldArabic(text).replace(/\s+/g, ' ').trim();

export function buildReportDocument(input: ReportInput): ReportDocument {
  const language = input.language;
  const t = (key: MessageKey, params?: MessageParams) => translate(language, key, params);
  const n = (value: number) => formatNumber(language, value);
  const labelOf = (tag: TagDefinition) => (language === 'ar' ? tag.labelAr : tag.labelEn) || tag.labelEn || tag.id;
  const codes = tagCodes(input.tags, labelOf);
  const legendByTag = new Map<string, LegendEntry>();
  for (const tag of [...input.tags].sort(comparePaletteOrder)) {
    const colour = safeColour(tag.color);
    legendByTag.set(tag.id, { tagId: tag.id, label: labelOf(tag), code: codes.get(tag.id)!, colour, fill: layeredFill([colour]) });
  }
  const unknownTag = (tagId: string): LegendEntry => {
    const entry: LegendEntry = { tagId, label: tagId, code: '?', colour: '#999999', fill: layeredFill(['#999999']) };
    legendByTag.set(tagId, entry);
    return entry;
  };
  const knownTags = new Set(input.tags.filter((tag) => !isDeleted(tag)).map((tag) => tag.id));
  const entities = new Map((input.entities ?? []).map((e) => [e.id, e]));
  const typeName = (type: EntityType) => t(`entity.type.${type}`);
  const registryCounts = new Map<string, { mentions: number; articles: RegistryRow['articles'] }>();
  let unlinkedMentions = 0;
  const passes = annotationFilter(input.filters, knownTags);

  const articles = input.articles.map((source, index): ReportArticle => {
    const ref = `article-${index + 1}`;
    const kept = source.annotations.filter((a) => passes(a) && a.start < a.end && a.end <= source.text.length).sort(compareReadingOrder);
    const annotations = kept.map((a, i): ReportAnnotation => ({
      ref: `a${index + 1}-${i + 1}`,
      number: i + 1,
      id: a.id,
      tag: legendByTag.get(a.tagId) ?? unknownTag(a.tagId),
      exact: source.text.slice(a.start, a.end),
      note: parseRichNote(a.note),
    }));
    const byId = new Map(annotations.map((a) => [a.id, a]));
    const byRef = new Map(annotations.map((a) => [a.ref, a]));
    const paragraphs = paragraphSegments(
      source.text,
      kept.map((a) => ({ ref: byId.get(a.id)!.ref, start: a.start, end: a.end })),
    );

    const claims = kept.flatMap((a): ClaimRow[] => {
      if (!a.claim) return [];
      const claim = a.claim;
      const linked = claim.claimantAnnotationId ? byId.get(claim.claimantAnnotationId) : undefined;
      const claimantSource = claim.claimantAnnotationId ? source.annotations.find((x) => x.id === claim.claimantAnnotationId) : undefined;
      const claimant: ClaimRow['claimant'] = linked
        ? { kind: 'span', text: linked.exact, ref: linked.ref }
        : claimantSource
          ? { kind: 'text', text: source.text.slice(claimantSource.start, claimantSource.end) }
          : claim.claimantText.trim()
            ? { kind: 'text', text: claim.claimantText.trim() }
            : null;
      const links = (source.claimLinks ?? [])
        .filter((link) => link.claimId === a.id)
        .map((link): ClaimLinkRow => ({
          reading: t(`claimLink.reading.${linkReading(link.kind, link.outgoing)}`),
          text: link.other.exact,
          article: visibleControls(link.other.articleTitle),
          ref: null,
          otherId: link.other.id,
        }));
      return [
        {
          annotation: byId.get(a.id)!,
          claimant,
          links,
          attribution: ATTRIBUTIONS.includes(claim.attribution) ? t(`claim.attribution.${claim.attribution}`) : String(claim.attribution),
          status: CLAIM_STATUSES.includes(claim.status) ? t(`claim.status.${claim.status}`) : String(claim.status),
          confidence: typeof claim.confidence === 'number' ? `${n(claim.confidence)}%` : t('report.none'),
        },
      ];
    });

    // Mentions linked to a registry entity are grouped by it; the others by their folded text.
    const entityOf = new Map(kept.flatMap((a) => (a.entityId && entities.has(a.entityId) ? [[a.id, a.entityId] as const] : [])));
    const groups = new Map<string, { first: ReportAnnotation; mentions: number; tags: Set<string>; entity: ReportEntityInput | null }>();
    for (const a of annotations) {
      if (!ENTITY_TAG_IDS.has(a.tag.tagId)) continue;
      const entityId = entityOf.get(a.id);
      const key = entityId ? `entity:${entityId}` : `text:${entityKey(a.exact)}`;
      const group = groups.get(key);
      if (group) {
        group.mentions++;
        group.tags.add(a.tag.label);
      } else groups.set(key, { first: a, mentions: 1, tags: new Set([a.tag.label]), entity: entityId ? entities.get(entityId)! : null });
      if (entityId) {
        const count = registryCounts.get(entityId) ?? { mentions: 0, articles: [] };
        count.mentions++;
        if (count.articles.at(-1)?.ref !== ref) count.articles.push({ ref, number: index + 1, title: visibleControls(source.article.title) });
        registryCounts.set(entityId, count);
      } else unlinkedMentions++;
    }
    const list = language === 'ar' ? '، ' : ', ';
    const entityRows = [...groups.values()]
      .map((g): EntityRow =>
        g.entity
          ? { name: g.entity.name, tags: typeName(g.entity.type), linked: true, mentions: g.mentions, first: g.first }
          : { name: g.first.exact, tags: `${[...g.tags].join(list)} (${t('report.notLinked')})`, linked: false, mentions: g.mentions, first: g.first },
      )
      .sort((x, y) => Number(y.linked) - Number(x.linked) || y.mentions - x.mentions || x.first.number - y.first.number);

    // Names are shown with their hidden characters made visible (issue 14): HTML, PDF and DOCX all take them from here.
    return {
      ref,
      title: visibleControls(source.article.title),
      fileName: visibleControls(source.article.fileName),
      note: parseRichNote(source.articleNote),
      paragraphs,
      annotations,
      byRef,
      claims,
      entities: entityRows,
    };
  });

  const all = articles.flatMap((a) => a.annotations);
  // A linked claim in the report (any article) is linked to where it stands.
  const refs = new Map(all.map((a) => [a.id, a.ref]));
  for (const article of articles) for (const claim of article.claims) for (const link of claim.links) link.ref = refs.get(link.otherId) ?? null;
  const tagCounts = new Map<string, number>();
  for (const a of all) tagCounts.set(a.tag.tagId, (tagCounts.get(a.tag.tagId) ?? 0) + 1);
  const statusCounts = new Map<ClaimStatus, number>();
  for (const source of input.articles) for (const a of source.annotations) if (a.claim && passes(a)) statusCounts.set(a.claim.status, (statusCounts.get(a.claim.status) ?? 0) + 1);

  const filterParts: string[] = [];
  const shownTagFilter = input.filters.tagIds.filter((id) => knownTags.has(id));
  if (shownTagFilter.length > 0) filterParts.push(t('report.filterTags', { tags: shownTagFilter.map((id) => legendByTag.get(id)?.label ?? id).join(language === 'ar' ? '، ' : ', ') }));
  if (input.filters.claimStatus !== 'all') filterParts.push(t('report.filterStatus', { status: t(`claim.status.${input.filters.claimStatus}`) }));

  const legend = [...legendByTag.values()].filter((entry) => knownTags.has(entry.tagId) || tagCounts.has(entry.tagId));
  const dateFormat = new Intl.DateTimeFormat(UI_LOCALE[language], { dateStyle: 'long', timeStyle: 'short', timeZone: input.timeZone });
  const fillCache = new Map<string, string>();

  return {
    language,
    dir: language === 'ar' ? 'rtl' : 'ltr',
    t,
    n,
    title: visibleControls(input.title.trim()) || t('report.corpusTitle'),
    generatedAt: dateFormat.format(new Date(input.generatedAt)),
    analystName: input.analystName,
    scope: t('report.scopeCount', { scope: t(SCOPE_LABEL[input.scope]), count: articles.length }),
    filters: filterParts.length > 0 ? filterParts.join(language === 'ar' ? '؛ ' : '; ') : t('report.noFilters'),
    legend,
    counts: {
      articles: articles.length,
      annotations: all.length,
      byTag: legend.map((entry) => ({ entry, count: tagCounts.get(entry.tagId) ?? 0 })),
      claims: [...statusCounts.values()].reduce((s, n) => s + n, 0),
      byStatus: CLAIM_STATUSES.map((status) => ({ status: t(`claim.status.${status}`), count: statusCounts.get(status) ?? 0 })),
    },
    articles,
    registry: [...registryCounts]
      .map(([id, count]): RegistryRow => {
        const entity = entities.get(id)!;
        return {
          name: entity.name,
          latinName: entity.latinName,
          type: typeName(entity.type),
          aliases: entity.aliases.filter((alias) => entityKey(alias) !== entityKey(entity.name)),
          wikidataId: entity.wikidataId ? parseWikidataId(entity.wikidataId) : null,
          mentions: count.mentions,
          articles: count.articles,
        };
      })
      .sort((x, y) => y.mentions - x.mentions || x.name.localeCompare(y.name, 'ar')),
    unlinkedMentions,
    fonts: input.fonts ?? [],
    fillOf(article, covering) {
      const colours = covering.map((ref) => article.byRef.get(ref)?.tag.colour ?? '#999999');
      const key = colours.join();
      let fill = fillCache.get(key);
      if (!fill) fillCache.set(key, (fill = layeredFill(colours)));
      return fill;
    },
  };
}
