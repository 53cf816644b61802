/**
 * The strict brat reader (tests/support/interchange/bratStandoff.ts) can tell a good collection
 * from a broken one: it reads a correct collection without a complaint and gives back its spans
 * at their code-point offsets, and it gives the right complaint for each kind of fault.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBratStandoff, textAtFragments, type StandoffFile } from '../../../support/interchange/bratStandoff';
import { bratSourceOrWarn, documentsComplainedOf, readBackWithBrat, readBackWithStandoff } from '../../../support/interchange/bratReadBack';
import { bratComplaints, loadWithBrat, removeExport, writeExport } from '../../../support/interchange/bratReader';
import { BROKEN_CASES, codePointSpan, collection, GOOD_TEXT } from '../../../support/interchange/bratStandoffCases';

describe('the strict brat reader on a correct collection', () => {
  it('has no complaint and gives back every line', () => {
    const read = readBratStandoff(collection());
    expect(read.complaints).toEqual([]);
    expect(read.documents).toHaveLength(1);
    const [doc] = read.documents;
    expect(doc!.name).toBe('خبر');
    expect(doc!.text).toBe(GOOD_TEXT);
    expect(doc!.textBounds.map((t) => [t.id, t.type, t.text])).toEqual([
      ['T1', 'Person', 'أحمد'],
      ['T2', 'Claim', 'إن الحكومة ستبني 100 مدرسة وأضاف'],
      ['T3', 'Organisation', 'الحكومة'],
    ]);
    expect(doc!.attributes).toEqual([{ id: 'A1', type: 'Status', target: 'T2', value: 'disputed' }]);
    expect(doc!.relations).toEqual([
      {
        id: 'R1',
        type: 'Claimant',
        args: [
          { role: 'Arg1', target: 'T2' },
          { role: 'Arg2', target: 'T1' },
        ],
      },
    ]);
    expect(doc!.notes).toEqual([{ id: '#1', type: 'AnnotatorNotes', target: 'T2', text: 'ملاحظة 😀' }]);
    expect(read.config).toMatchObject({ entityTypes: ['Person', 'Organisation', 'Claim'], relationTypes: ['Claimant'], textDirection: 'rtl', sentenceSplitter: 'newline' });
    expect(read.config.labels.Person).toEqual(['Person', 'شخص']);
    expect(read.config.drawing.Person).toEqual({ bgColor: '#4477aa' });
  });

  it('counts offsets in code points: after an emoji they are one less than UTF-16 units', () => {
    const [doc] = readBratStandoff(collection()).documents;
    const person = doc!.textBounds.find((t) => t.id === 'T1')!;
    expect(person.fragments).toEqual([codePointSpan(GOOD_TEXT, 'أحمد')]);
    expect(person.fragments[0]![0]).toBe(GOOD_TEXT.indexOf('أحمد') - 1); // one emoji before it
    for (const t of doc!.textBounds) expect(textAtFragments(doc!.text, t.fragments)).toBe(t.text);
  });

  it('reads a folder on disk as it reads a list of files', () => {
    const dir = mkdtempSync(join(tmpdir(), 'isnad-standoff-'));
    for (const file of collection()) writeFileSync(join(dir, file.path), file.content);
    try {
      expect(readBratStandoff(dir)).toEqual(readBratStandoff(collection()));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads a list whose files sit in one folder', () => {
    const inFolder = collection().map((f) => ({ ...f, path: `brat/${f.path}` }));
    expect(readBratStandoff(inFolder)).toEqual(readBratStandoff(collection()));
  });
});

describe('the strict brat reader on broken collections', () => {
  it.each(BROKEN_CASES.map((c) => [c.name, c] as const))('complains about %s', (_name, broken) => {
    expect(readBratStandoff(broken.files).complaints).toContainEqual(expect.stringMatching(broken.complaint));
  });

  it('gives exactly one complaint where one line is wrong', () => {
    const one = ['a line without a tab', 'a duplicate id', 'an attribute value not in its list', 'UTF-16 offsets (after an emoji)', 'a fragment starting with whitespace', 'a missing section'];
    for (const name of one) expect(readBratStandoff(BROKEN_CASES.find((c) => c.name === name)!.files).complaints, name).toHaveLength(1);
  });
});

describe('brat itself on the same collections', () => {
  const bratSource = bratSourceOrWarn('the strict reader still checks each case');
  const complaintsOfBrat = (files: StandoffFile[]) => {
    const folder = writeExport(files);
    try {
      return bratComplaints(loadWithBrat(folder, bratSource!));
    } finally {
      removeExport(folder);
    }
  };

  it.skipIf(!bratSource)('loads the correct collection without a word', () => {
    expect(complaintsOfBrat(collection())).toEqual([]);
  });

  // One python run per collection: seconds, not milliseconds.
  it.skipIf(!bratSource)(
    'says something about each fault its server can see, and nothing about the others',
    () => {
      const noticed = Object.fromEntries(BROKEN_CASES.map((c) => [c.name, complaintsOfBrat(c.files).length > 0]));
      expect(noticed).toEqual(Object.fromEntries(BROKEN_CASES.map((c) => [c.name, c.bratServerNotices])));
    },
    60_000,
  );

  // Calibration on data neither reader's authors wrote: brat's example collections (events, normalizations, overlaps, missing configuration).
  // Three by default; BRAT_ALL_EXAMPLES=1 runs all thirteen (they agreed on all 172 documents when this was written).
  const examples = ['corpora/BioNLP-ST_2011/BioNLP-ST_2011_ID', 'tutorials/news', 'normalisation/OBO'];
  it.skipIf(!bratSource)(
    "agrees with brat, document by document and on the collection, on brat's own example collections",
    () => {
      const root = join(bratSource!, 'example-data');
      const folders = process.env.BRAT_ALL_EXAMPLES
        ? readdirSync(root, { recursive: true, withFileTypes: true })
            .filter((e) => e.isFile() && e.name.endsWith('.txt'))
            .map((e) => e.parentPath)
            .filter((d, i, all) => all.indexOf(d) === i)
        : examples.map((e) => join(root, e));
      let documents = 0;
      for (const folder of folders) {
        const files = readdirSync(folder, { withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => ({ path: e.name, content: new Uint8Array(readFileSync(join(folder, e.name))) }));
        const names = files.filter((f) => f.path.endsWith('.txt')).map((f) => f.path.slice(0, -4));
        const [brat, mine] = [readBackWithBrat(files, bratSource!).complaints, readBackWithStandoff(files).complaints];
        expect(documentsComplainedOf(mine, names), folder).toEqual(documentsComplainedOf(brat, names));
        const aboutCollection = (complaints: string[]) => complaints.length > 0 && documentsComplainedOf(complaints, names).length === 0;
        expect(aboutCollection(mine.filter((c) => !names.some((n) => c.includes(n)))), folder).toBe(aboutCollection(brat.filter((c) => !names.some((n) => c.includes(n)))));
        documents += names.length;
      }
      expect(documents).toBeGreaterThanOrEqual(35);
    },
    120_000,
  );
});
