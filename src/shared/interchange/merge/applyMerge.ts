/**
 * The command line's side of a merge: a bundle in memory stands in for the library. The app's
 * side is renderer/db/mergeImport.ts; both plan with planMerge.
 */
import type { InterchangeArticle, InterchangeData } from '../interchange';
import { planMerge, type ExistingLibrary, type MergePlan } from './mergePlan';

export function libraryOf(data: InterchangeData): ExistingLibrary {
  return {
    tags: data.tags,
    articles: new Map(data.articles.map((a) => [a.article.id, a.article])),
    annotations: new Map(data.articles.flatMap((a) => a.annotations.map((x) => [x.id, x] as const))),
    notes: new Map(data.articles.flatMap((a) => (a.note ? [[a.article.id, a.note] as const] : []))),
    lastImportedAt: data.articles.reduce((max, a) => Math.max(max, a.article.importedAt), 0),
    entities: new Map((data.entities ?? []).map((e) => [e.id, e])),
    claimLinks: new Map((data.claimLinks ?? []).map((l) => [l.id, l])),
  };
}

/** `records` with each of `changes` in place of the record with its id, or after them when new. */
function replacedById<T extends { id: string }>(records: readonly T[], changes: readonly T[]): T[] {
  const byId = new Map(records.map((r) => [r.id, r]));
  for (const change of changes) byId.set(change.id, change);
  return [...byId.values()];
}

/** `target` with the plan applied (a new object; `target` is not changed). */
export function applyPlan(target: InterchangeData, plan: MergePlan): InterchangeData {
  const articles = new Map<string, InterchangeArticle>(target.articles.map((a) => [a.article.id, { ...a, annotations: [...a.annotations] }]));
  for (const { article, text } of plan.articles) articles.set(article.id, { article, text, annotations: [], note: null });
  // Positions by id, so a merge into an article with thousands of annotations stays linear.
  const positions = new Map<string, number>();
  for (const a of articles.values()) a.annotations.forEach((x, i) => positions.set(x.id, i));
  for (const annotation of plan.annotations) {
    const into = articles.get(annotation.articleId)!;
    const at = positions.get(annotation.id);
    if (at === undefined) positions.set(annotation.id, into.annotations.push(annotation) - 1);
    else into.annotations[at] = annotation;
  }
  for (const note of plan.notes) articles.get(note.articleId)!.note = note;
  return {
    ...target,
    tags: [...target.tags.filter((t) => !plan.tags.some((p) => p.id === t.id)), ...plan.tags],
    articles: [...articles.values()],
    entities: replacedById(target.entities ?? [], plan.entities),
    claimLinks: replacedById(target.claimLinks ?? [], plan.claimLinks),
  };
}

export function mergeInto(target: InterchangeData, incoming: InterchangeData, options: { source: string; now: number }) {
  const plan = planMerge(incoming, libraryOf(target), options);
  return { data: applyPlan(target, plan), report: plan.report };
}
