import { beforeAll, describe, expect, it } from 'vitest';
import { exportBrat } from '../../../../src/shared/interchange/brat/exportBrat';
import type { ExportedFile, InterchangeData } from '../../../../src/shared/interchange/interchange';
import { ARABIC_ONLY_TAG, ARABIC_TEXT, bratFixture, HOSTILE_TAG } from '../../../support/interchange/bratFixture';
import { bratSourceOrWarn, readBackWithBrat, readBackWithStandoff, type ReadBack } from '../../../support/interchange/bratReadBack';
import { codePointSlice } from '../../../support/interchange/bratReader';

const text = (files: ExportedFile[], path: string) => {
  const file = files.find((f) => f.path === path);
  if (!file) throw new Error(`${path} not exported`);
  return typeof file.content === 'string' ? file.content : new TextDecoder().decode(file.content);
};

/** The characters Python's splitlines() breaks at, which no line of an .ann may hold. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is tested
const PYTHON_LINE_BREAK = /[\n\v\f\u001c\u001d\u001e\u0085\u2028\u2029]/u;
/** What a test expects brat's T-line text to be: the quote without its line breaks, pieces joined by a space. */
const expectedBratText = (exact: string) => exact.split(PYTHON_LINE_BREAK).filter(Boolean).join(' ');
const codePoints = (s: string) => Array.from(s).length;

let data: InterchangeData;
let files: ExportedFile[];
beforeAll(async () => {
  data = await bratFixture();
  files = exportBrat(data);
});

/** Read back by brat's own Python code where its source is here, and always by the strict TypeScript reader. */
const bratSource = bratSourceOrWarn();
const readers = [
  { reader: 'brat itself', skip: !bratSource, read: () => readBackWithBrat(files, bratSource!) },
  { reader: 'the strict TypeScript reader', skip: false, read: () => readBackWithStandoff(files) },
];

describe.each(readers)('brat export, read back by $reader', ({ skip, read }) => {
  let back: ReadBack;
  beforeAll(() => {
    if (!skip) back = read();
  });

  it.skipIf(skip)('opens the collection and every document without a complaint, each with its own text', () => {
    expect(back.complaints).toEqual([]);
    const txt = files.filter((f) => f.path.endsWith('.txt'));
    expect(back.documents.map((d) => `${d.name}.txt`).sort()).toEqual(txt.map((f) => f.path).sort());
    for (const doc of back.documents) expect(doc.text).toBe(txt.find((f) => f.path === `${doc.name}.txt`)!.content);
    expect(back.documents).toHaveLength(data.articles.length);
  });

  it.skipIf(skip)('has at every code-point offset the text of the T line, and that text is the annotation quote', () => {
    let checked = 0;
    for (const doc of back.documents) {
      const ids = new Map(doc.comments.filter(([, type]) => type === 'IsnadId').map(([target, , id]) => [id, target]));
      const article = data.articles.find((a) => a.text === doc.text)!;
      for (const annotation of article.annotations) {
        const tId = ids.get(annotation.id);
        if (annotation.deletedAt !== undefined || annotation.id === 'blank') {
          expect(tId).toBeUndefined();
          continue;
        }
        const entity = doc.entities.find(([id]) => id === tId)!;
        expect(entity[2].map(([start, end]) => codePointSlice(doc.text, start, end)).join(' ')).toBe(doc.spanTexts[tId!]);
        expect(doc.spanTexts[tId!]).toBe(expectedBratText(annotation.exact));
        // The first fragment starts where the annotation does unless the quote opens with a line break.
        const first = entity[2][0]![0];
        expect(first).toBe(codePoints(article.text.slice(0, annotation.start)));
        expect(codePointSlice(doc.text, first, entity[2].at(-1)![1])).toBe(annotation.exact.replace(/\n$/, ''));
        checked++;
      }
    }
    expect(checked).toBe(17);
  });

  it.skipIf(skip)('gives the claim fields as attributes, a Claimant relation and comments', () => {
    const doc = back.documents.find((d) => d.text === ARABIC_TEXT)!;
    const tOf = (id: string) => doc.comments.find(([, type, value]) => type === 'IsnadId' && value === id)![0];
    const attributes = (id: string) => doc.attributes.filter(([, , target]) => target === tOf(id)).map(([, type, , value]) => `${type}=${String(value)}`);
    expect(attributes('c-main')).toEqual(['Status=supported', 'Attribution=said']);
    expect(attributes('c-second')).toEqual(['Status=disputed', 'Attribution=according-to']);
    expect(attributes('c-bare')).toEqual(['Status=unverified', 'Attribution=unattributed']);
    expect(attributes('p-ahmad')).toEqual([]);
    expect(doc.relations).toEqual([
      [
        expect.any(String),
        'Claimant',
        [
          ['Arg1', tOf('c-main')],
          ['Arg2', tOf('p-ahmad')],
        ],
      ],
    ]);
    const comments = (id: string) => doc.comments.filter(([target, type]) => target === tOf(id) && type !== 'IsnadId').map(([, type, value]) => `${type}: ${value}`);
    expect(comments('c-main')).toEqual(['ClaimantText: مراقبون ¶ غربيون', 'Confidence: 75.5']);
    expect(comments('c-second')).toEqual(['AnnotatorNotes: ملاحظة <b>غير</b> آمنة', 'ClaimantText: مصادر']);
    expect(comments('p-ahmad')).toEqual(['AnnotatorNotes: المتحدث الرسمي ¶ سطر ثان مع جدولة']);
  });

  it.skipIf(skip)('gives the tag set: labels in English and Arabic, colours, right-to-left', () => {
    expect(back.entityTypes).toEqual(expect.arrayContaining(['Person', 'Organisation', 'Date_time', 'Claim', 'Status_2', 'person_2']));
    expect(back.labels.Date_time).toEqual(['Date/time', 'تاريخ/وقت']);
    expect(back.bgColor.Person).toBe('#4477aa');
    expect(back.relationTypes).toContain('Claimant');
    expect(back.attributeTypes).toEqual(['Status', 'Attribution']);
    expect(back.textDirection).toBe('ltr'); // six of the eight articles are English
  });
});

describe('brat export, the files themselves', () => {
  it('writes each article text exactly: UTF-8 text with no BOM and its own line breaks', () => {
    for (const article of data.articles) {
      const txt = files.find((f) => f.path.endsWith('.txt') && f.content === article.text);
      expect(txt, article.article.fileName).toBeDefined();
      expect(article.text.charCodeAt(0)).not.toBe(0xfeff);
    }
    expect(files.filter((f) => f.path.endsWith('.txt'))).toHaveLength(data.articles.length);
  });

  it('names documents safely, uniquely and from the file name or title', () => {
    const names = files.filter((f) => f.path.endsWith('.txt')).map((f) => f.path.slice(0, -4));
    expect(names).toEqual(['خبر-عاجل', 'passwd', 'article-CON', 'hidden', 'article-hidden_notes', 'evil', 'خبر-عاجل-2', 'c-d-e']);
    for (const name of names) {
      expect(name).toMatch(/^[\p{L}\p{N}][\p{L}\p{N}\p{M}_-]*$/u);
      expect(name).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/u);
    }
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    expect(files.filter((f) => f.path.endsWith('.ann')).map((f) => f.path.slice(0, -4))).toEqual(names);
  });

  it('maps every tag to a brat-valid type name, the same in annotation.conf and the .ann files', () => {
    const conf = text(files, 'annotation.conf');
    const entities = conf.split('[entities]\n')[1]!.split('\n\n')[0]!.split('\n');
    for (const name of entities) expect(name).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(new Set(entities.map((n) => n.toLowerCase())).size).toBe(entities.length);
    const used = files.filter((f) => f.path.endsWith('.ann')).flatMap((f) => [...text(files, f.path).matchAll(/^T\d+\t(\S+) /gm)].map((m) => m[1]!));
    for (const type of used) expect(entities).toContain(type);
    expect(entities).toContain('Evil_b_tag_b_name');
    expect(entities).toContain(`Tag_${ARABIC_ONLY_TAG.id.slice(0, 8)}`);
    expect(entities).not.toContain('Old_place'); // removed and unused
  });

  it('writes hostile labels as inert terms and skips colours that are not colours', () => {
    const visual = text(files, 'visual.conf');
    const hostile = visual.split('\n').find((l) => l.startsWith('Evil_b_tag_b_name |'))!;
    expect(hostile).toBe('Evil_b_tag_b_name | Evil ¦ ‹b›tag‹/b› name | وسم ¦ ‹ANY›');
    expect(visual).toContain(`Evil_b_tag_b_name\tbgColor:${HOSTILE_TAG.color}, fgColor:white`);
    expect(visual).not.toMatch(/^Tag_a1abc000\tbgColor/m);
    expect(visual).toContain(`Tag_a1abc000 | مصدر مجهول\n`);
  });

  it('writes one annotation per line however hostile its text, note or claimant', () => {
    for (const file of files.filter((f) => f.path.endsWith('.ann'))) {
      for (const line of text(files, file.path).split('\n').filter(Boolean)) {
        expect(line).not.toMatch(PYTHON_LINE_BREAK);
        expect(line).toMatch(/^(T\d+\t\S+ \d+ \d+(;\d+ \d+)*\t.+|A\d+\t\S+ T\d+ \S+|R\d+\tClaimant Arg1:T\d+ Arg2:T\d+|#\d+\t\S+ T\d+\t[^\t]+)$/u);
      }
    }
  });
});
