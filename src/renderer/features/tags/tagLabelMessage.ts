/** The analyst-facing reason a tag's labels were refused. */
import type { TagLabelProblem } from '../../../shared/annotation/tagLabels';
import type { I18n } from '../../ui/i18n';

type Translate = I18n['t'];

/** `emptyKey`: an existing tag keeps its old label; a new one is asked for one. */
export function tagLabelMessage(problem: TagLabelProblem, t: Translate, emptyKey: 'tags.labelEmpty' | 'tags.labelRequired'): string {
  return problem.problem === 'empty' ? t(emptyKey) : t('tags.labelDuplicate', { tag: problem.label });
}
