/**
 * "Find all mentions" on screen (issue 13): what is being looked for, the suggestions still open
 * (accepted and rejected ones leave the list), which one the keys act on, and where the search ran.
 */
import type { StateCreator } from 'zustand';
import type { MentionSearch, MentionSuggestion } from '../../shared/entity/mentionSuggestions';

export interface MentionRun {
  search: MentionSearch;
  /** 'article': the open article only; 'corpus': every article. */
  scope: 'article' | 'corpus';
  /** The annotation the search started from (linked too when accepting makes its entity), or null. */
  sourceAnnotationId: string | null;
  /** How it is named in the list's heading (the entity's or the annotation's text). */
  title: string;
}

export interface MentionSlice {
  mentionRun: MentionRun | null;
  /** Looking: the suggestions are not known yet. */
  mentionBusy: boolean;
  suggestions: MentionSuggestion[];
  /** Index into `suggestions` of the one the keys act on. */
  currentSuggestion: number;
  startMentionRun(run: MentionRun): void;
  setSuggestions(suggestions: MentionSuggestion[]): void;
  setCurrentSuggestion(index: number): void;
  /** Takes these suggestions off the list (accepted or rejected), keeping the current place. */
  removeSuggestions(done: readonly MentionSuggestion[]): void;
  endMentionRun(): void;
}

const sameSpan = (a: MentionSuggestion, b: MentionSuggestion) => a.articleId === b.articleId && a.start === b.start && a.end === b.end;

export const createMentionSlice: StateCreator<MentionSlice> = (set) => ({
  mentionRun: null,
  mentionBusy: false,
  suggestions: [],
  currentSuggestion: 0,
  startMentionRun: (mentionRun) => set({ mentionRun, mentionBusy: true, suggestions: [], currentSuggestion: 0 }),
  setSuggestions: (suggestions) => set({ suggestions, mentionBusy: false, currentSuggestion: 0 }),
  setCurrentSuggestion: (index) => set((s) => ({ currentSuggestion: Math.max(0, Math.min(index, s.suggestions.length - 1)) })),
  removeSuggestions: (done) =>
    set((s) => {
      const suggestions = s.suggestions.filter((x) => !done.some((d) => sameSpan(d, x)));
      return { suggestions, currentSuggestion: Math.max(0, Math.min(s.currentSuggestion, suggestions.length - 1)) };
    }),
  endMentionRun: () => set({ mentionRun: null, mentionBusy: false, suggestions: [], currentSuggestion: 0 }),
});
