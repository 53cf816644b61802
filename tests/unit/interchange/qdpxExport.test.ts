import { describe, expect, it } from 'vitest';
import { liveAnnotations } from '../../../src/shared/interchange/interchange';
import { exportQdpx } from '../../../src/shared/interchange/qdpx/exportQdpx';
import { qdpxQuoteMismatches, readQdpx, xmllintQde } from '../../support/interchange/qdpxReading';
import { qdaTestData } from './qdaTestData';

async function exported() {
  const data = await qdaTestData();
  const files = exportQdpx(data);
  expect(files).toHaveLength(1);
  const bytes = files[0]!.content as Uint8Array;
  return { data, file: files[0]!, bytes, project: readQdpx(bytes) };
}

describe('exportQdpx', () => {
  it('writes one .qdpx whose project.qde is valid against the REFI-QDA schema (xmllint)', async () => {
    const { file, project } = await exported();
    expect(file.path).toBe('isnad-2025-06-01.qdpx');
    expect(file.content).toBeInstanceOf(Uint8Array);
    expect(xmllintQde(project.qde)).toBe('');
    expect(project.entries.sort()).toEqual(['project.qde', ...project.sources.map((s) => `sources/${s.guid}.txt`)].sort());
  });

  it('xmllint does reject a project.qde that breaks the schema (the check can fail)', async () => {
    const { project } = await exported();
    expect(xmllintQde(project.qde.replace(/startPosition="\d+"/, 'startPosition="x"'))).toMatch(/startPosition/);
    expect(xmllintQde(project.qde.replace(/<User guid="[^"]+"/, '<User guid="person"'))).toMatch(/guid/);
  });

  it('puts every live annotation at code-point positions whose text is its quote (emoji before and between spans, Arabic)', async () => {
    const { data, project } = await exported();
    const live = data.articles.flatMap(liveAnnotations);
    expect(live.length).toBe(10);
    expect(qdpxQuoteMismatches(project, new Map(live.map((a) => [a.id, a.exact])))).toEqual([]);
    // The emoji before "الرئيس" moves it: UTF-16 start 3, code points 2 — the two must differ for this test to mean anything.
    const person = project.sources[0]!.selections.find((s) => s.text === 'الرئيس عبد الله')!;
    expect(person.start).toBe(data.articles[0]!.annotations[1]!.start - 1);
    const doha = project.sources[0]!.selections.find((s) => s.text === 'الدوحة')!;
    expect(data.articles[0]!.annotations[2]!.start - doha.start).toBe(2);
  });

  it('writes codes with colours and Arabic labels, sources named by title, codings, notes, users and the claimant link', async () => {
    const { data, project } = await exported();
    const codes = [...project.codes.values()];
    expect(codes.map((c) => c.name)).toEqual(['Person', 'Organisation', 'Place', 'Date/time', 'Figure', 'Event', 'Quote', 'Claim', 'Rumour']);
    expect(codes[0]).toMatchObject({ color: '#4477aa', description: 'Arabic label: شخص\nKind: entity\nIsnad tag id: person' });

    const [ar, en] = project.sources;
    expect(ar!.name).toBe('خبر ‮الدوحة‬ 📰'); // bidi controls stay, as text
    expect(en!.name).toBe('Title with <markup> & "quotes" control\ttab'); // U+0001 cannot be in XML 1.0: removed; the tab survives
    expect(ar!.text).toBe(data.articles[0]!.text);
    expect(ar!.notes).toEqual(['ملاحظة على المقال\nمع سطرين']);

    const person = ar!.selections.find((s) => s.codes[0] === 'Person')!;
    expect(person.notes).toEqual(['ملاحظة أولى\nسطر ثانٍ «مهم» & <b>']);
    expect(ar!.selections.find((s) => s.text === 'القاهرة')!.codes).toEqual(['Rumour']);
    expect(ar!.selections.some((s) => s.text === 'الوفد')).toBe(false);

    const claim = ar!.selections.find((s) => s.codes[0] === 'Claim')!;
    expect(claim.description).toBe('Claim status: disputed\nAttribution: said\nClaimant: الرئاسة\nClaimant span: الرئيس عبد الله\nConfidence: 70');
    expect(project.links).toEqual([{ name: 'claimant', origin: claim.guid, target: person.guid }]);
    const officials = en!.selections.find((s) => s.codes[0] === 'Claim')!;
    expect(officials.description).toBe('Claim status: unverified\nAttribution: according-to\nClaimant: Western observers');

    expect([...project.users.values()]).toEqual(['Huda <analyst> & "co"', 'Huda', 'Sami']);
    expect(project.qde).toMatch(/<PlainTextSelection [^>]*creatingUser="[^"]+" creationDateTime="2025-01-02T03:04:05.000Z" modifyingUser="[^"]+" modifiedDateTime="2025-01-03T00:00:00.000Z"/);
  });

  it('writes a valid project for an empty library (lists the schema wants non-empty are left out)', () => {
    const files = exportQdpx({ exportedAt: 0, analystName: '', tags: [], articles: [] });
    const project = readQdpx(files[0]!.content as Uint8Array);
    expect(xmllintQde(project.qde)).toBe('');
    expect(project.entries).toEqual(['project.qde']);
  });

  it('gives the same bytes when exported again (derived GUIDs, fixed zip dates)', async () => {
    const data = await qdaTestData();
    const a = exportQdpx(data)[0]!.content as Uint8Array;
    const b = exportQdpx(structuredClone(data))[0]!.content as Uint8Array;
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
