import { describe, expect, it } from 'vitest';
import { useTestDatabase } from '../../support/testDatabase';
import { storeArticle } from '../../../src/renderer/db/articles';
import { articleAnnotations, createAnnotation, orphanedAnnotations, updateAnnotation } from '../../../src/renderer/db/annotations';
import { linkClaims } from '../../../src/renderer/db/claimLinks';
import { CLAIM_LINK_KINDS } from '../../../src/shared/claims/claimLink';
import { redo, undo } from '../../../src/renderer/db/history';
import { placeOrphan, type ReanchorSummary } from '../../../src/renderer/db/reanchorVersion';
import { intakeBytes, type IntakeAccepted } from '../../../src/shared/text/intake';
import { utf8 } from '../../support/encodings';

const t = useTestDatabase('test-reanchor');

async function accepted(text: string): Promise<IntakeAccepted> {
  const result = await intakeBytes('f.txt', utf8(text));
  if (!result.ok) throw new Error(result.reason);
  return result;
}

const V1 = 'وصل بوتين إلى بكين يوم الخميس.\nوقال الكرملين إن المحادثات ستتناول أمن الطاقة.\nوتحدث عن كييف في المؤتمر.\n';
// A sentence inserted at the top, the claim reworded, the sentence naming كييف removed.
const V2 = 'عاجل من موسكو.\nوصل بوتين إلى بكين يوم الخميس.\nوقال الكرملين إن المباحثات ستتناول أمن الطاقة.\n';

async function annotate(articleId: string, text: string, quote: string, tagId: string, isClaim = false) {
  const start = text.indexOf(quote);
  return createAnnotation(t.db, { articleId, articleText: text, span: { start, end: start + quote.length }, tagId, isClaim, author: 'mona' });
}

describe('a new version of an article takes its annotations', () => {
  it('moves them in one step with their fields, keeps and lists the orphans, and undoes as one', async () => {
    const v1 = await accepted(V1);
    await storeArticle(t.db, { accepted: v1, fileName: 'f.txt', sourceKey: 'f.txt', author: 'mona' });
    const person = await annotate(v1.id, V1, 'بوتين', 'person');
    const place = await annotate(v1.id, V1, 'كييف', 'place');
    const claim = await annotate(v1.id, V1, 'وقال الكرملين إن المحادثات ستتناول أمن الطاقة.', 'claim', true);
    await updateAnnotation(t.db, claim.id, { note: 'ملاحظة', claim: { ...claim.claim!, claimantAnnotationId: person.id } });
    await updateAnnotation(t.db, person.id, { note: 'الرئيس' });
    await t.db.annotations.update(person.id, { entityId: 'e-putin' });
    await annotate(v1.id, V1, 'بكين', 'place');
    const otherClaim = await annotate(v1.id, V1, 'وصل بوتين إلى بكين يوم الخميس.', 'claim', true);
    await linkClaims(t.db, claim.id, otherClaim.id, CLAIM_LINK_KINDS[0]);
    const linksBefore = await t.db.claimLinks.toArray();
    expect(linksBefore).toHaveLength(1);

    const v2 = await accepted(V2);
    let summary: ReanchorSummary | null = null;
    expect(await storeArticle(t.db, { accepted: v2, fileName: 'f.txt', sourceKey: 'f.txt', author: 'mona', onReanchored: (s) => (summary = s) })).toBe('new-version');
    expect(summary).toEqual({ exact: 3, approximate: 1, orphaned: 1 });

    const placed = await articleAnnotations(t.db, v2.id);
    expect(placed.map((a) => V2.slice(a.start, a.end))).toEqual(['وصل بوتين إلى بكين يوم الخميس.', 'بوتين', 'بكين', 'وقال الكرملين إن المباحثات ستتناول أمن الطاقة.']);
    expect(placed.every((a) => a.exact === V2.slice(a.start, a.end))).toBe(true);
    const movedPerson = placed.find((a) => a.id === person.id)!;
    expect(movedPerson).toMatchObject({ note: 'الرئيس', entityId: 'e-putin' });
    expect(placed.find((a) => a.id === claim.id)).toMatchObject({ note: 'ملاحظة', claim: { claimantAnnotationId: person.id } });
    expect(await t.db.claimLinks.toArray()).toEqual(linksBefore);
    expect(await articleAnnotations(t.db, v1.id)).toEqual([]);

    const orphans = await orphanedAnnotations(t.db, v2.id);
    expect(orphans).toHaveLength(1);
    expect(orphans[0]).toMatchObject({ id: place.id, exact: 'كييف', start: 0, end: 0, orphaned: { reason: 'quote-not-found', fromArticleId: v1.id } });

    // The analyst places the orphan by hand, then takes it back, then takes back the move itself.
    const at = V2.indexOf('موسكو');
    await placeOrphan(t.db, place.id, { start: at, end: at + 5 }, V2);
    expect(await orphanedAnnotations(t.db, v2.id)).toEqual([]);
    expect((await articleAnnotations(t.db, v2.id)).find((a) => a.id === place.id)).toMatchObject({ exact: 'موسكو', start: at });
    expect(await undo(t.db, v2.id)).toBe('place');
    expect(await orphanedAnnotations(t.db, v2.id)).toHaveLength(1);
    expect(await undo(t.db, v2.id)).toBe('reanchor');
    expect(await articleAnnotations(t.db, v2.id)).toEqual([]);
    expect(await orphanedAnnotations(t.db, v2.id)).toEqual([]);
    const back = await articleAnnotations(t.db, v1.id);
    expect(back.map((a) => V1.slice(a.start, a.end)).sort()).toEqual(['بكين', 'بوتين', 'كييف', 'وصل بوتين إلى بكين يوم الخميس.', 'وقال الكرملين إن المحادثات ستتناول أمن الطاقة.'].sort());
    expect(await redo(t.db, v2.id)).toBe('reanchor');
    expect(await articleAnnotations(t.db, v2.id)).toHaveLength(4);
  });

  it('a version whose predecessor has no annotations writes no step', async () => {
    const v1 = await accepted(V1);
    await storeArticle(t.db, { accepted: v1, fileName: 'f.txt', sourceKey: 'f.txt', author: 'mona' });
    const v2 = await accepted(V2);
    await storeArticle(t.db, { accepted: v2, fileName: 'f.txt', sourceKey: 'f.txt', author: 'mona' });
    expect(await t.db.history.count()).toBe(0);
  });
});
