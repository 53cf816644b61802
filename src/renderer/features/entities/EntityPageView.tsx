/**
 * One entity's page: its names (canonical, Latin, aliases), type, Wikidata item and note; every
 * mention across the corpus in its sentence, the claims it makes and the claims that mention it, any
 * of which opens the reader there; and merging another entity into it, splitting a mention off,
 * deleting it. Every change is one undoable step of the corpus (Ctrl+Z here).
 */
import { findMentionsOfEntity } from '../mentions/mentionActions';
import { useEffect, useRef, useState } from 'react';
import type { AnnotationRecord } from '../../../shared/annotation/annotation';
import { ENTITY_TYPES, wikidataUrl, type EntityRecord, type EntityType } from '../../../shared/entity/entity';
import { completeEntities } from '../../../shared/entity/entityCompletion';
import type { InSentence } from '../../../shared/entity/mentionSentence';
import { commandRow, keysShown } from '../../../shared/commands/commandTable';
import { appDatabase } from '../../db/database';
import { addEntityAlias, deleteEntity, mergeEntities, removeEntityAlias, splitMention, updateEntity } from '../../db/entities';
import { useEntityPage, useEntitySummaries } from '../../db/entityLive';
import type { ClaimRow } from '../../db/entityReads';
import { useSettingsOrDefault } from '../../db/live';
import { NoteEditor } from '../../editor/NoteEditor';
import { useUi } from '../../state/store';
import { useCommandBindings } from '../../ui/commandBindings';
import { Completion, type CompletionOption } from '../../ui/Completion';
import { entityProblemMessage } from '../../ui/entityProblem';
import { ExternalLink } from '../../ui/ExternalLink';
import { useI18n } from '../../ui/i18n';
import { CommitField } from './CommitField';
import { showInReader } from './entityActions';
import { VisibleName } from '../../ui/VisibleName';

/** A claim's words in a row, cut: the row is a way to the claim, not the claim in full. */
const CLAIM_SHOWN = 140;
const cut = (text: string) => (text.length > CLAIM_SHOWN ? `${text.slice(0, CLAIM_SHOWN - 1)}…` : text);

function Sentence({ sentence }: { sentence: InSentence }) {
  return (
    <span className="mention-sentence" dir="rtl">
      {sentence.before}
      <mark>{sentence.marked}</mark>
      {sentence.after}
    </span>
  );
}

/** `say`: a message that outlives this page (the view's status line: a merge or a deletion leaves the page). */
export function EntityPageView({ entityId, say }: { entityId: string; say: (message: string) => void }) {
  const { t, n } = useI18n();
  const page = useEntityPage(entityId);
  const heading = useRef<HTMLHeadingElement>(null);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const latest = useRef({ confirmDelete });
  latest.current = { confirmDelete };

  // The page takes the focus as it opens, so its keys (Escape: back to the list) act at once.
  const shown = !!page;
  useEffect(() => {
    if (shown) heading.current?.focus();
  }, [shown]);
  useCommandBindings(
    () => ({
      'entities-back': {
        run: () => {
          if (latest.current.confirmDelete) setConfirmDelete(false);
          else useUi.getState().openEntityPage(null);
        },
      },
    }),
    [],
  );

  if (page === undefined) return null;
  if (page === null) {
    return (
      <div className="entity-page">
        <BackToList />
        <p role="alert">{t('entity.gone')}</p>
      </div>
    );
  }
  const { entity, mentions } = page;
  const articles = new Set(mentions.map((m) => m.annotation.articleId)).size;
  const act = (write: Promise<unknown>, done?: string) => {
    setMessage(null);
    write.then(
      () => done && setMessage(done),
      (error: unknown) => setMessage(entityProblemMessage(error, t)),
    );
  };
  return (
    <article className="entity-page" aria-labelledby="entity-page-name" data-testid="entity-page">
      <BackToList />
      <header className="entity-page-head">
        <h2 id="entity-page-name" ref={heading} tabIndex={-1} dir="auto">
          {entity.name}
        </h2>
        <span className="entity-type">{t(`entity.type.${entity.type}`)}</span>
        <span className="muted" data-testid="entity-mention-count">
          {t('entity.mentionCount', { count: mentions.length, articles })}
        </span>
      </header>
      {message && (
        <p className="entity-message" role="status">
          {message}
        </p>
      )}
      <div className="entity-page-body">
        <div className="entity-side">
          <section className="entity-fields" aria-label={t('entity.page')}>
            <CommitField label={t('entity.name')} stored={entity.name} write={(name) => updateEntity(appDatabase(), entity.id, { name })} className="entity-name-field" />
            <CommitField label={t('entity.latinName')} stored={entity.latinName} dir="ltr" write={(latinName) => updateEntity(appDatabase(), entity.id, { latinName })} />
            <label className="entity-type-field">
              {t('entity.type')}
              <select value={entity.type} onChange={(e) => act(updateEntity(appDatabase(), entity.id, { type: e.target.value as EntityType }))}>
                {ENTITY_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`entity.type.${type}`)}
                  </option>
                ))}
              </select>
            </label>
            <WikidataField entity={entity} />
            <Aliases entity={entity} />
          </section>
          <EntityNote entity={entity} />
          <section className="entity-merge" aria-label={t('entity.merge')}>
            <h3>{t('entity.merge')}</h3>
            <MergeField
              entity={entity}
              onMerged={(target) => {
                say(t('entity.merged', { name: `\u2068${entity.name}\u2069`, target: `\u2068${target.name}\u2069` }));
                useUi.getState().openEntityPage(target.id);
              }}
              onProblem={(error) => setMessage(entityProblemMessage(error, t))}
            />
          </section>
          <section className="entity-delete">
            {confirmDelete ? (
              <div className="entity-delete-confirm" role="alertdialog" aria-labelledby="entity-delete-question">
                <p id="entity-delete-question">{t('entity.deleteConfirm', { name: `\u2068${entity.name}\u2069`, count: mentions.length })}</p>
                <button
                  type="button"
                  className="danger"
                  onClick={() =>
                    void deleteEntity(appDatabase(), entity.id).then(
                      () => {
                        say(t('entity.deleted', { name: `\u2068${entity.name}\u2069` }));
                        useUi.getState().openEntityPage(null);
                      },
                      (error: unknown) => setMessage(entityProblemMessage(error, t)),
                    )
                  }
                >
                  {t('entity.deleteYes')}
                </button>{' '}
                {/* The question appears because the analyst asked to delete: the focus goes to the safe answer. */}
                {/* eslint-disable-next-line jsx-a11y/no-autofocus */}
                <button type="button" autoFocus onClick={() => setConfirmDelete(false)}>
                  {t('entity.deleteNo')}
                </button>
              </div>
            ) : (
              <button type="button" className="danger" onClick={() => setConfirmDelete(true)}>
                {t('entity.delete')}
              </button>
            )}
          </section>
        </div>
        <div className="entity-main">
          <section className="entity-mentions" aria-labelledby="entity-mentions-title">
            <h3 id="entity-mentions-title">
              {t('entity.mentions')} <span className="muted">{n(mentions.length)}</span>
            </h3>
            <button type="button" data-bench="find-mentions" onClick={() => void findMentionsOfEntity(entity.id)} title={keysShown(commandRow('entity-find-mentions'))}>
              {t('command.entity-find-mentions')}
            </button>
            {mentions.length === 0 && <p className="muted">{t('entity.noMentions')}</p>}
            <ul className="mention-rows" data-testid="entity-mentions">
              {mentions.map(({ annotation, articleTitle, sentence }) => (
                <li key={annotation.id} className="mention-row" data-annotation-id={annotation.id}>
                  <button type="button" className="mention-jump" title={t('entity.showInReader')} onClick={() => void showInReader(annotation)}>
                    <VisibleName className="mention-article" text={articleTitle} />
                    <Sentence sentence={sentence} />
                  </button>
                  <span className="mention-actions">
                    <button type="button" title={t('entity.splitTitle')} onClick={() => act(splitMention(appDatabase(), annotation.id, null, { history: 'corpus' }))}>
                      {t('entity.split')}
                    </button>
                    <button type="button" title={t('entity.splitNewTitle')} onClick={() => act(splitMention(appDatabase(), annotation.id, {}, { history: 'corpus' }))}>
                      {t('entity.splitNew')}
                    </button>
                  </span>
                </li>
              ))}
            </ul>
          </section>
          <ClaimList title={t('entity.claimsMade')} rows={page.claimsMade} testId="entity-claims-made" />
          <ClaimList title={t('entity.claimsAbout')} rows={page.claimsAbout} testId="entity-claims-about" />
        </div>
      </div>
    </article>
  );
}

function BackToList() {
  const { t } = useI18n();
  return (
    <button type="button" className="entity-back" onClick={() => useUi.getState().openEntityPage(null)} title={keysShown(commandRow('entities-back'))}>
      <span className="mirror-rtl" aria-hidden="true">
        ←
      </span>{' '}
      {t('entity.allEntities')}
    </button>
  );
}

/** The Wikidata item: typed as Q7747 or pasted as its address; shown as a link that asks before it opens (ui/ExternalLink). */
function WikidataField({ entity }: { entity: EntityRecord }) {
  const { t } = useI18n();
  return (
    <div className="entity-wikidata">
      <CommitField
        label={t('entity.wikidata')}
        stored={entity.wikidataId ?? ''}
        dir="ltr"
        placeholder={t('entity.wikidataPlaceholder')}
        write={(wikidataId) => updateEntity(appDatabase(), entity.id, { wikidataId })}
      />
      {entity.wikidataId && (
        <p className="entity-wikidata-address">
          <bdi dir="ltr" className="entity-wikidata-url">
            <ExternalLink href={wikidataUrl(entity.wikidataId)} title={t('link.openWikidata', { id: entity.wikidataId })} testId="wikidata-link">
              {wikidataUrl(entity.wikidataId)}
            </ExternalLink>
          </bdi>
        </p>
      )}
    </div>
  );
}

function Aliases({ entity }: { entity: EntityRecord }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState('');
  return (
    <div className="entity-aliases" role="group" aria-labelledby="entity-aliases-title">
      <span id="entity-aliases-title">{t('entity.aliases')}</span>
      {entity.aliases.length === 0 ? (
        <p className="muted">{t('entity.noAliases')}</p>
      ) : (
        <ul className="alias-list" data-testid="entity-aliases">
          {entity.aliases.map((alias) => (
            <li key={alias}>
              <bdi dir="auto">{alias}</bdi>{' '}
              <button type="button" className="alias-remove" aria-label={t('entity.removeAlias', { alias })} onClick={() => void removeEntityAlias(appDatabase(), entity.id, alias)}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="alias-add"
        onSubmit={(e) => {
          e.preventDefault();
          if (draft.trim() === '') return;
          void addEntityAlias(appDatabase(), entity.id, draft).then(() => setDraft(''));
        }}
      >
        <input type="text" dir="auto" aria-label={t('entity.aliasInput')} placeholder={t('entity.aliasInput')} value={draft} onChange={(e) => setDraft(e.target.value)} />
        <button type="submit">{t('entity.addAlias')}</button>
      </form>
    </div>
  );
}

function EntityNote({ entity }: { entity: EntityRecord }) {
  const { t } = useI18n();
  const { analystName } = useSettingsOrDefault();
  return (
    <section className="entity-note" aria-label={t('entity.note')}>
      <h3>{t('entity.note')}</h3>
      <NoteEditor owner={{ kind: 'entity', entityId: entity.id }} author={analystName} value={entity.note} label={t('entity.note')} />
    </section>
  );
}

function ClaimList({ title, rows, testId }: { title: string; rows: readonly ClaimRow[]; testId: string }) {
  const { t } = useI18n();
  return (
    <section className="entity-claims">
      <h3>{title}</h3>
      {rows.length === 0 ? (
        <p className="muted">{t('entity.noClaims')}</p>
      ) : (
        <ul className="claim-rows" data-testid={testId}>
          {rows.map(({ claim, articleTitle, mention }) => (
            <li key={`${claim.id}-${mention.id}`}>
              <button type="button" className="claim-jump" title={t('entity.showInReader')} onClick={() => void showInReader(claim)}>
                <VisibleName className="mention-article" text={articleTitle} />
                <bdi className="claim-text" dir="rtl">
                  {cut(claim.exact)}
                </bdi>
                <span className="claim-meta">
                  {t(`claim.status.${claim.claim!.status}`)}
                  {claimantOf(claim, mention) && <> · {t('entity.claimBy', { name: `\u2068${claimantOf(claim, mention)}\u2069` })}</>}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Who makes the claim, as its row says: the mention when it is the claimant, else the claim's own words for one, else nobody. */
function claimantOf(claim: AnnotationRecord, mention: AnnotationRecord): string | null {
  if (claim.claim?.claimantAnnotationId === mention.id) return mention.exact;
  return claim.claim?.claimantText.trim() || null;
}

/** Merging: this entity is merged into the one typed here (any other), as one undoable step; its page opens. */
function MergeField({ entity, onMerged, onProblem }: { entity: EntityRecord; onMerged: (target: EntityRecord) => void; onProblem: (error: unknown) => void }) {
  const { t } = useI18n();
  const summaries = useEntitySummaries();
  const others = (summaries ?? []).filter((s) => s.entity.id !== entity.id);
  const mentions = new Map(others.map((s) => [s.entity.id, s.mentions]));
  const suggest = (query: string): CompletionOption[] =>
    completeEntities(
      others.map((s) => s.entity),
      query,
      { type: entity.type, mentions, limit: 8 },
    ).map((m) => ({
      key: m.entity.id,
      content: (
        <>
          <bdi>{m.entity.name}</bdi> <span className="entity-type">{t(`entity.type.${m.entity.type}`)}</span>{' '}
          <span className="muted">{t('entities.mentions', { count: mentions.get(m.entity.id) ?? 0 })}</span>
        </>
      ),
    }));
  return (
    <Completion
      label={t('entity.mergeSearch')}
      listLabel={t('entities.list')}
      suggest={suggest}
      status={(count) => t('entity.suggestionCount', { count })}
      onChoose={(option) => {
        const target = others.find((s) => s.entity.id === option.key)?.entity;
        if (target) mergeEntities(appDatabase(), target.id, entity.id).then(() => onMerged(target), onProblem);
      }}
      data-testid="merge-completion"
    />
  );
}
