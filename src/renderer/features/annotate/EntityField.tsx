/**
 * The entity a Person, Organisation, Place or Event annotation names (issue 13): its name, with
 * buttons to open its page and to unlink it, and a field that links the mention to an entity chosen
 * by typing (completion that ignores diacritics, alef forms and clitics: shared/entity/entityCompletion.ts)
 * or to a new one. E in the reader puts the focus here, with the entities matching the mention's own
 * words already suggested (so E, Enter links it); Enter links and hands the focus back to the reader;
 * Shift+E opens the linked entity's page. A link is a step of the article: Ctrl+Z undoes it.
 */
import './entityField.css';
import { useMemo, useRef, useState } from 'react';
import type { AnnotationRecord } from '../../../shared/annotation/annotation';
import { commandRow, keysShown } from '../../../shared/commands/commandTable';
import { entityTypeOfTag, type EntityType } from '../../../shared/entity/entity';
import { completeEntities } from '../../../shared/entity/entityCompletion';
import { appDatabase } from '../../db/database';
import { linkMention, linkMentionToNewEntity, unlinkMention } from '../../db/entities';
import { useEntity, useEntitySummaries } from '../../db/entityLive';
import { useUi } from '../../state/store';
import { useCommandBindings } from '../../ui/commandBindings';
import { Completion, type CompletionOption } from '../../ui/Completion';
import { entityProblemMessage } from '../../ui/entityProblem';
import { useI18n } from '../../ui/i18n';

/** Suggestions shown at most; the last line is always "New entity …". */
const SHOWN = 8;

const backToReader = () => document.querySelector<HTMLElement>('.reader-scroll')?.focus();

export function EntityField({ annotation }: { annotation: AnnotationRecord }) {
  const { t } = useI18n();
  const type = entityTypeOfTag(annotation.tagId) as EntityType;
  const summaries = useEntitySummaries();
  const linked = useEntity(annotation.entityId ?? null);
  const [problem, setProblem] = useState<string | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const entities = useMemo(() => (summaries ?? []).map((s) => s.entity), [summaries]);
  const mentions = useMemo(() => new Map((summaries ?? []).map((s) => [s.entity.id, s.mentions])), [summaries]);
  const latest = useRef({ linked });
  latest.current = { linked };

  useCommandBindings(
    () => ({
      'link-entity': { run: () => input.current?.focus() },
      'open-entity': {
        run: () => (latest.current.linked ? useUi.getState().openEntityPage(latest.current.linked.id) : false),
        enabled: () => !!latest.current.linked,
      },
    }),
    [],
  );

  // Before anything is typed, the mention's own words are the query: E then Enter links it at once.
  const nameFor = (query: string) => query.trim() || annotation.exact.replace(/\s+/g, ' ').trim();
  const suggest = (typed: string): CompletionOption[] => {
    const query = nameFor(typed);
    const found = completeEntities(entities, query, { type, mentions, limit: SHOWN }).filter((m) => m.entity.id !== linked?.id);
    return [
      ...found.map((m) => ({
        key: m.entity.id,
        content: (
          <>
            <bdi className="entity-option-name">{m.entity.name}</bdi>
            {m.matched !== m.entity.name && (
              <>
                {' '}
                <bdi className="muted">({m.matched})</bdi>
              </>
            )}{' '}
            <span className="entity-type">{t(`entity.type.${m.entity.type}`)}</span>
          </>
        ),
      })),
      { key: 'new', content: t('entity.new', { name: `\u2068${query}\u2069` }) },
    ];
  };

  const run = (write: Promise<unknown>) => {
    setProblem(null);
    write.then(backToReader, (error: unknown) => setProblem(entityProblemMessage(error, t)));
  };

  return (
    <div className="entity-field" role="group" aria-label={t('entity.field')} data-testid="entity-field">
      <span className="entity-field-label">
        {t('entity.field')} <kbd>{keysShown(commandRow('link-entity'))}</kbd>
      </span>
      {linked && (
        <p className="entity-linked">
          <bdi className="entity-linked-name" data-testid="linked-entity">
            {linked.name}
          </bdi>{' '}
          <span className="entity-type">{t(`entity.type.${linked.type}`)}</span>{' '}
          <button type="button" title={`${t('entity.openTitle')} (${keysShown(commandRow('open-entity'))})`} onClick={() => useUi.getState().openEntityPage(linked.id)}>
            {t('entity.open')}
          </button>{' '}
          <button type="button" title={t('entity.unlinkTitle')} onClick={() => run(unlinkMention(appDatabase(), annotation.id))}>
            {t('entity.unlink')}
          </button>
        </p>
      )}
      <Completion
        key={annotation.id}
        inputRef={input}
        label={linked ? t('entity.change') : t('entity.search')}
        listLabel={t('entity.suggestions')}
        suggest={suggest}
        status={(count) => t('entity.suggestionCount', { count: Math.max(0, count - 1) })}
        suggestWhenEmpty
        onChoose={(option, query) =>
          run(option.key === 'new' ? linkMentionToNewEntity(appDatabase(), annotation.id, { name: nameFor(query), type }) : linkMention(appDatabase(), annotation.id, option.key))
        }
        onEscape={backToReader}
        data-testid="entity-completion"
      />
      {problem && (
        <p className="form-error" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
