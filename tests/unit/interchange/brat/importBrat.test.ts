import { beforeAll, describe, expect, it } from 'vitest';
import type { AnnotationRecord } from '../../../../src/shared/annotation/annotation';
import { defaultTags } from '../../../../src/shared/annotation/tagSet';
import { exportBrat } from '../../../../src/shared/interchange/brat/exportBrat';
import { importBrat } from '../../../../src/shared/interchange/brat/importBrat';
import { ImportError, type ExportedFile, type ImportSource, type InterchangeData } from '../../../../src/shared/interchange/interchange';
import { noteToPlainText } from '../../../../src/shared/interchange/plainTextNote';
import { sha256Hex } from '../../../../src/shared/text/hash';
import { bratSourceOrWarn } from '../../../support/interchange/bratReadBack';
import { bratExampleSources } from '../../../support/interchange/bratReader';
import { ARABIC_ONLY_TAG, bratFixture, HOSTILE_TAG, PERSON_LOWER_TAG, STATUS_TAG } from '../../../support/interchange/bratFixture';

const OPTIONS = { author: 'importer', now: 5 };
const sourcesOf = (files: readonly ExportedFile[]): ImportSource[] =>
  files.map((f) => ({ path: `brat/${f.path}`, bytes: typeof f.content === 'string' ? new TextEncoder().encode(f.content) : f.content }));
const source = (path: string, content: string | Uint8Array): ImportSource => ({ path, bytes: typeof content === 'string' ? new TextEncoder().encode(content) : content });

async function refusal(sources: ImportSource[]): Promise<ImportError> {
  const error = await importBrat(sources, OPTIONS).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('brat round trip: export, then import', () => {
  let data: InterchangeData;
  let imported: InterchangeData;
  const byId = () => new Map(imported.articles.flatMap((a) => a.annotations).map((a) => [a.id, a]));
  beforeAll(async () => {
    data = await bratFixture();
    imported = await importBrat(sourcesOf(exportBrat(data)), OPTIONS);
  });

  it('keeps every article, its text and identity', () => {
    expect(imported.articles.map((a) => a.article.id).sort()).toEqual(data.articles.map((a) => a.article.id).sort());
    for (const article of imported.articles) {
      expect(data.articles.find((a) => a.article.id === article.article.id)!.text).toBe(article.text);
      expect(article.article.length).toBe(article.text.length);
      expect(article.article.author).toBe('importer');
    }
    expect(imported.articles.find((a) => a.text.startsWith('📰'))!.article).toMatchObject({ fileName: 'خبر-عاجل.txt', detectedDirection: 'rtl' });
  });

  it('keeps every exported annotation with its id, span, tag, claim fields and note', () => {
    const tagLabel = (tags: InterchangeData['tags'], id: string) => tags.find((t) => t.id === id)?.labelEn;
    const annotations = byId();
    let compared = 0;
    for (const original of data.articles.flatMap((a) => a.annotations)) {
      const copy = annotations.get(original.id);
      if (original.deletedAt !== undefined || original.id === 'blank') {
        expect(copy).toBeUndefined();
        continue;
      }
      expect(copy, original.id).toBeDefined();
      const { id, start, end, exact, prefix, suffix, claim, articleId } = copy!;
      // The trailing line break of a span is not a fragment brat can hold.
      const originalEnd = original.id === 'trailing-break' ? original.end - 1 : original.end;
      expect({ id, start, end, exact, articleId }).toEqual({
        id: original.id,
        start: original.start,
        end: originalEnd,
        exact: original.exact.slice(0, originalEnd - original.start),
        articleId: original.articleId,
      });
      expect(prefix).toBe(original.prefix);
      if (original.id !== 'trailing-break') expect(suffix).toBe(original.suffix);
      const expectedClaim = original.claim && { ...original.claim, claimantText: original.claim.claimantText.replace(/\n/g, ' ') };
      expect(claim).toEqual(expectedClaim);
      expect(noteToPlainText(copy!.note)).toBe(noteToPlainText(original.note).replace(/\t/g, ' '));
      if (![HOSTILE_TAG.id, ARABIC_ONLY_TAG.id].includes(original.tagId)) expect(tagLabel(imported.tags, copy!.tagId)).toBe(tagLabel(data.tags, original.tagId));
      compared++;
    }
    expect(compared).toBe(17);
    expect(noteToPlainText(annotations.get('p-ahmad')!.note)).toBe('المتحدث الرسمي\nسطر ثان مع جدولة');
  });

  it('keeps the tag set: default tags by id, labels in both languages, colours and kinds', () => {
    const tag = (labelEn: string) => imported.tags.find((t) => t.labelEn === labelEn);
    for (const original of defaultTags()) {
      expect(tag(original.labelEn)).toMatchObject({ id: original.id, labelAr: original.labelAr, color: original.color, kind: original.kind });
    }
    expect(tag('Status')).toMatchObject({ labelAr: STATUS_TAG.labelAr, color: STATUS_TAG.color, kind: 'entity' });
    expect(tag('person')).toMatchObject({ labelAr: PERSON_LOWER_TAG.labelAr, color: PERSON_LOWER_TAG.color });
    // A hostile label comes back as the inert text it was written as.
    expect(tag('Evil ¦ ‹b›tag‹/b› name')).toMatchObject({ labelAr: 'وسم ¦ ‹ANY›', color: '#000000' });
    expect(tag('مصدر مجهول')).toMatchObject({ labelAr: 'مصدر مجهول' });
    expect(tag('Old place')).toBeUndefined();
    expect(new Set(imported.tags.map((t) => t.order)).size).toBe(imported.tags.length);
  });

  it('gives the same records when the same folder is imported again', async () => {
    expect(await importBrat(sourcesOf(exportBrat(data)), OPTIONS)).toEqual(imported);
  });

  it('derives stable ids for annotations made in brat (no IsnadId), distinct per article and T line', async () => {
    const withoutIds = sourcesOf(exportBrat(data)).map((s) => (s.path.endsWith('.ann') ? source(s.path, new TextDecoder().decode(s.bytes).replace(/^#\d+\tIsnadId .*\n/gm, '')) : s));
    const first = await importBrat(withoutIds, OPTIONS);
    const second = await importBrat(withoutIds, OPTIONS);
    const ids = first.articles.flatMap((a) => a.annotations.map((x) => x.id));
    expect(second.articles.flatMap((a) => a.annotations.map((x) => x.id))).toEqual(ids);
    expect(new Set(ids).size).toBe(17);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // The claim still points at its claimant through the relation.
    const claim = first.articles.flatMap((a) => a.annotations).find((a) => a.exact.startsWith('the talks'))!;
    expect(first.articles.flatMap((a) => a.annotations).find((a) => a.id === claim.claim!.claimantAnnotationId)!.exact).toBe('Reuters');
  });
});

describe('brat import of folders brat users make', () => {
  const bratSource = bratSourceOrWarn("brat's example collections are not imported; the round-trip and refusal tests still run");
  it.skipIf(!bratSource)('reads every collection brat ships with, each span on the text its T line quotes', async () => {
    const sources = bratExampleSources(bratSource!);
    const annFiles = sources.filter((s) => s.path.endsWith('.ann'));
    const tLines = annFiles.reduce(
      (n, s) =>
        n +
        new TextDecoder()
          .decode(s.bytes)
          .split('\n')
          .filter((l) => /^T\d+\t/.test(l)).length,
      0,
    );
    const data = await importBrat(sources, OPTIONS);
    const annotations = data.articles.flatMap((a) => a.annotations.map((annotation) => ({ annotation, text: a.text })));
    expect(annFiles.length).toBeGreaterThan(100);
    expect(annotations).toHaveLength(tLines);
    for (const { annotation, text } of annotations) expect(annotation.exact).toBe(text.slice(annotation.start, annotation.end));
    expect(data.tags.map((t) => t.labelEn)).toEqual(expect.arrayContaining(['Protein', 'Person', 'Organization']));
  });

  it('moves offsets past a BOM and CRLF line ends to the normalised text, counting emoji as one', async () => {
    const raw = '\ufeff📰 Hello\r\n😀 World\r\n';
    // Code points in the raw file, as brat counts them: the BOM is 0, 📰 is 1, \r\n are two.
    const data = await importBrat([source('c/doc.txt', raw), source('c/doc.ann', 'T1\tPerson 3 8\tHello\nT2\tPlace 12 17\tWorld\nT3\tEvent 3 8;10 17\tHello 😀 World\n')], OPTIONS);
    const [article] = data.articles;
    expect(article!.text).toBe('📰 Hello\n😀 World\n');
    expect(article!.article.id).toBe(await sha256Hex(article!.text));
    const spans = article!.annotations.map((a) => [a.exact, a.start, a.end]);
    expect(spans).toEqual([
      ['Hello', 3, 8],
      ['World', 12, 17],
      // A discontinuous span becomes one annotation from its first start to its last end.
      ['Hello\n😀 World', 3, 17],
    ]);
  });

  it('keeps a span whose quote differs from the text at its offsets, with the file’s quote, for the merge to re-place', async () => {
    const data = await importBrat([source('doc.txt', 'Ahmed said hello'), source('doc.ann', 'T1\tPerson 0 5\tAhmad\n')], OPTIONS);
    expect(data.articles[0]!.annotations[0]).toMatchObject({ start: 0, end: 5, exact: 'Ahmad' });
  });

  it('reads a project of another tool: its types become tags with their labels and colours, events and normalisations pass', async () => {
    const conf = '[entities]\n<P>=Protein\nProtein\n!Unused | Not used\n---\n[relations]\nEquiv\tArg1:<P>, Arg2:<P>\n[events]\nBinding\tTheme+:Protein\n[attributes]\nNegation\tArg:<EVENT>\n';
    const visual = '[labels]\nProtein | Protein | Pro | بروتين\n[drawing]\nProtein\tbgColor:#7fa2ff\nBinding\tbgColor:lightgreen\n';
    const ann = 'T1\tProtein 0 3\tp53\nT2\tBinding 4 9\tbinds\nE1\tBinding:T2 Theme:T1\nA1\tNegation E1\nN1\tReference T1 UniProt:P04637\tp53\n*\tEquiv T1 T1\n#1\tAnnotatorNotes T1\tchecked\n';
    const data = await importBrat([source('p/annotation.conf', conf), source('p/visual.conf', visual), source('p/sub/d.txt', 'p53 binds DNA'), source('p/sub/d.ann', ann)], OPTIONS);
    expect(data.tags.map((t) => [t.labelEn, t.labelAr, t.color, t.kind])).toEqual([
      ['Protein', 'بروتين', '#7fa2ff', 'entity'],
      ['Unused', 'Unused', '#882255', 'entity'],
      ['Binding', 'Binding', '#66ccee', 'entity'],
    ]);
    const annotations = data.articles[0]!.annotations;
    expect(annotations.map((a) => [a.exact, data.tags.find((t) => t.id === a.tagId)!.labelEn, a.claim])).toEqual([
      ['p53', 'Protein', null],
      ['binds', 'Binding', null],
    ]);
    expect(noteToPlainText(annotations[0]!.note)).toBe('checked');
  });

  it('takes file names as names only, and skips hidden files and macOS zip twins', async () => {
    const data = await importBrat(
      [
        source('..\\..\\evil\u202e.txt', 'text'),
        source('x/.hidden.txt', 'hidden'),
        source('__MACOSX/x/._doc.txt', new Uint8Array([0, 5, 22, 7, 0xff])),
        source('x/.stats_cache', new Uint8Array([0x80])),
      ],
      OPTIONS,
    );
    expect(data.articles.map((a) => a.article.fileName)).toEqual(['evil\u202e.txt']);
  });
});

describe('brat import refuses malformed folders, naming the file and line', () => {
  const txt = source('c/doc.txt', 'Ahmed 😀 said');
  it.each([
    ['a line without a tab', 'T1\tPerson 0 5\tAhmed\nT2 Person 0 5 Ahmed\n', 'c/doc.ann: line 2: no tab after the annotation id'],
    ['offsets past the text', 'T1\tPerson 8 13\tsaid!\n', 'c/doc.ann: line 1: T1 ends at 13, past the end of doc.txt (12 characters)'],
    ['a span that ends before it starts', 'T1\tPerson 5 0\tx\n', 'c/doc.ann: line 1: T1 starts at 5, after its end 0'],
    ['offsets that are not numbers', 'T1\tPerson 0 five\tAhmed\n', 'c/doc.ann: line 1: offsets must be "start end" pairs'],
    ['an unknown kind of line', 'T1\tPerson 0 5\tAhmed\nX1\tSomething T1\n', 'c/doc.ann: line 2: brat has no annotation kind "X"'],
    ['an id used twice', 'T1\tPerson 0 5\tAhmed\nT1\tPerson 8 12\tsaid\n', 'c/doc.ann: line 2: the id T1 is used twice'],
    ['a reference to no line', 'T1\tPerson 0 5\tAhmed\nA1\tStatus T9 supported\n', 'c/doc.ann: line 2: refers to T9, which no line defines'],
    ['a relation with one argument', 'T1\tPerson 0 5\tAhmed\nR1\tClaimant Arg1:T1\n', 'c/doc.ann: line 2: a relation needs a type and two "Role:Id" arguments'],
    ['a confidence that is not 0–100', 'T1\tClaim 0 5\tAhmed\n#1\tConfidence T1\thigh\n', 'c/doc.ann: line 2: a confidence runs from 0 to 100, not "high"'],
    ['an Isnad id given twice', 'T1\tPerson 0 5\tAhmed\nT2\tPerson 8 12\tsaid\n#1\tIsnadId T1\tx\n#2\tIsnadId T2\tx\n', 'c/doc.ann: line 4: the annotation id x is also given in c/doc.ann line 3'],
  ])('refuses %s', async (_, ann, message) => {
    const error = await refusal([txt, source('c/doc.ann', ann)]);
    expect(error.file).toBe('c/doc.ann');
    expect(error.message.startsWith(message)).toBe(true);
  });

  it('refuses an .ann without its .txt', async () => {
    const error = await refusal([txt, source('c/other.ann', 'T1\tPerson 0 1\tx\n')]);
    expect(error.message).toBe('c/other.ann: has no text: brat reads it from other.txt beside it, which is missing');
  });

  it('refuses text that is not UTF-8', async () => {
    const error = await refusal([source('c/doc.txt', new Uint8Array([0x61, 0xe9, 0x62]))]);
    expect(error.message).toBe('c/doc.txt: is not UTF-8 text (brat reads its files as UTF-8)');
  });

  it('refuses nothing in a well-formed file: the same lines with offsets inside the text import', async () => {
    const data = await importBrat([txt, source('c/doc.ann', 'T1\tPerson 8 12\tsaid\n')], OPTIONS);
    expect((data.articles[0]!.annotations[0] as AnnotationRecord).exact).toBe('said');
  });
});
