/**
 * "Find all mentions" (issue 13): starting a run from the selected annotation or an entity, moving
 * through the suggestions (opening their article in the reader and flashing them), and accepting or
 * rejecting them — one at a time or all at once. Accepting is one undoable step; rejections are
 * remembered, so the same match is never proposed again.
 */
import { entityNames } from '../../../shared/entity/entity';
import type { MentionSearch, MentionSuggestion } from '../../../shared/entity/mentionSuggestions';
import { liveAnnotation } from '../../db/annotationRows';
import { listArticles } from '../../db/articles';
import { appDatabase } from '../../db/database';
import { acceptSuggestions, findSuggestions, rejectSuggestions, suggestionsFromMentions } from '../../db/mentionSuggestions';
import { analystName, readSettings, writeSetting } from '../../db/settings';
import type { MentionRun } from '../../state/mentionSlice';
import { mentionsInCorpus } from '../../ui/corpusIndexPort';
import { useUi } from '../../state/store';

/**
 * The run's suggestions. In one article, read there. Over the corpus, the search's worker — which
 * keeps every article's text folded — finds the matches and the page sets aside what is tagged or
 * rejected (reading 13 MB of texts here cost half the run); with no index running, every article is read here.
 */
async function findRun(run: MentionRun): Promise<MentionSuggestion[]> {
  const db = appDatabase();
  if (run.scope === 'article') {
    const { selectedArticleId } = await readSettings(db);
    return findSuggestions(db, run.search, selectedArticleId ? [selectedArticleId] : []);
  }
  const found = mentionsInCorpus(run.search.names);
  // The reads that set aside what is tagged or rejected run while the worker matches; with no index
  // running (null) every article is read here instead. A failure is found's, said by the awaiter.
  const reads = suggestionsFromMentions(
    db,
    run.search,
    found.then((articles) => articles ?? []),
  );
  reads.catch(() => undefined);
  if (await found) return reads;
  return findSuggestions(
    db,
    run.search,
    (await listArticles(db)).map((a) => a.id),
  );
}

async function begin(run: MentionRun): Promise<void> {
  const ui = useUi.getState();
  ui.startMentionRun(run);
  // The run's bar is the reader's (from an entity's page too): it says what was found, even nothing.
  if (ui.view !== 'reader') ui.showView('reader');
  let suggestions: MentionSuggestion[];
  try {
    suggestions = await findRun(run);
  } catch (error) {
    // Never a bar left "looking" for ever: the run ends and the analyst is told why.
    if (useUi.getState().mentionRun === run) useUi.getState().endMentionRun();
    useUi.getState().setNotice({ kind: 'write-failed', reason: error instanceof Error ? error.message : String(error) });
    return;
  }
  if (useUi.getState().mentionRun !== run) return; // closed or replaced meanwhile
  useUi.getState().setSuggestions(suggestions);
  // For the bench (bench/measureMentions.mjs): when the suggestions were known, apart from painting them.
  performance.mark('isnad-mentions-found');
  if (suggestions.length > 0) void showSuggestion(0);
}

/** Finds mentions like the selected annotation: its entity's names when it is linked, else its own text. */
export async function findMentionsOfSelected(scope: MentionRun['scope']): Promise<void> {
  const db = appDatabase();
  const id = useUi.getState().selectedAnnotationId;
  const annotation = id ? await liveAnnotation(db, id) : undefined;
  if (!annotation || annotation.claim) return;
  const stored = annotation.entityId ? await db.entities.get(annotation.entityId) : undefined;
  const entity = stored && !stored.deletedAt ? stored : undefined;
  const search: MentionSearch = entity ? { entityId: entity.id, tagId: annotation.tagId, names: entityNames(entity) } : { entityId: null, tagId: annotation.tagId, names: [annotation.exact] };
  await begin({ search, scope, sourceAnnotationId: annotation.id, title: entity?.name ?? annotation.exact });
}

/** Finds the entity's mentions in the corpus (from its page), tagged with the tag of its type. */
export async function findMentionsOfEntity(entityId: string): Promise<void> {
  const entity = await appDatabase().entities.get(entityId);
  if (!entity || entity.deletedAt) return;
  await begin({ search: { entityId, tagId: entity.type, names: entityNames(entity) }, scope: 'corpus', sourceAnnotationId: null, title: entity.name });
}

/** Opens the suggestion's article in the reader (when it is not open) and flashes it there. */
export async function showSuggestion(index: number): Promise<void> {
  const ui = useUi.getState();
  ui.setCurrentSuggestion(index);
  const suggestion = useUi.getState().suggestions[useUi.getState().currentSuggestion];
  if (!suggestion) return;
  if (ui.view !== 'reader') ui.showView('reader');
  const db = appDatabase();
  if ((await readSettings(db)).selectedArticleId !== suggestion.articleId) await writeSetting(db, 'selectedArticleId', suggestion.articleId);
  useUi.getState().flashSpan(suggestion);
}

export function moveSuggestion(delta: 1 | -1): void {
  const { suggestions, currentSuggestion } = useUi.getState();
  if (suggestions.length === 0) return;
  void showSuggestion((currentSuggestion + delta + suggestions.length) % suggestions.length);
}

async function settle(chosen: readonly MentionSuggestion[], accept: boolean): Promise<void> {
  const ui = useUi.getState();
  const run = ui.mentionRun;
  if (!run || chosen.length === 0) return;
  const db = appDatabase();
  const author = await analystName(db);
  try {
    if (accept) {
      const source = run.sourceAnnotationId ? ((await liveAnnotation(db, run.sourceAnnotationId)) ?? null) : null;
      const outcome = await acceptSuggestions(db, run.search, chosen, author, source);
      // A run from an unlinked annotation made its entity on the first accept: the rest link to it.
      if (outcome.entityId && !run.search.entityId) useUi.setState({ mentionRun: { ...run, search: { ...run.search, entityId: outcome.entityId } } });
    } else {
      await rejectSuggestions(db, run.search, chosen, author);
    }
  } catch (error) {
    ui.setNotice({ kind: 'write-failed', reason: error instanceof Error ? error.message : String(error) });
    return;
  }
  useUi.getState().removeSuggestions(chosen);
  const left = useUi.getState();
  if (left.suggestions.length > 0) void showSuggestion(left.currentSuggestion);
}

const current = () => {
  const { suggestions, currentSuggestion } = useUi.getState();
  return suggestions[currentSuggestion] ? [suggestions[currentSuggestion]] : [];
};

export const acceptCurrentSuggestion = () => settle(current(), true);
export const rejectCurrentSuggestion = () => settle(current(), false);
export const acceptAllSuggestions = () => settle(useUi.getState().suggestions, true);
export const rejectAllSuggestions = () => settle(useUi.getState().suggestions, false);

export function closeSuggestions(): void {
  useUi.getState().endMentionRun();
}
