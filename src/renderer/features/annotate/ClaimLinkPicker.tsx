/**
 * The claim form's "link to the claim" field: a combobox offering the corpus's claims as the analyst
 * types (folded: diacritics, alef forms, ة/ه do not matter), each with its article. ↑/↓ move through
 * the offers and Enter links the one shown active, all from the field (the 'claimLink' key context);
 * Esc closes the offers, then clears the field, then goes back to the reader.
 */
import { useId, useMemo, useRef, useState } from 'react';
import type { ClaimLinkKind } from '../../../shared/claims/claimLink';
import { claimCompletions, type CorpusClaim } from '../../../shared/claims/corpusClaim';
import { commandRow, keysShown } from '../../../shared/commands/commandTable';
import { appDatabase } from '../../db/database';
import { ClaimLinkRefusedError, linkClaims } from '../../db/claimLinks';
import { useCorpusClaims } from '../../db/liveClaims';
import { keyed, useCommandBindings } from '../../ui/commandBindings';
import { useI18n } from '../../ui/i18n';
import { ListboxOption } from '../../ui/Listbox';
import { nextOption } from '../../ui/listboxMoves';
import { VisibleName } from '../../ui/VisibleName';

export type LinkOutcome = { kind: 'linked'; other: CorpusClaim; linkKind: ClaimLinkKind } | { kind: 'refused'; reason: ClaimLinkRefusedError['reason'] };

interface PickerProps {
  claimId: string;
  articleId: string;
  /** Claims not to offer: this one and those already linked to it. */
  exclude: ReadonlySet<string>;
  kind: ClaimLinkKind;
  onOutcome: (outcome: LinkOutcome) => void;
}

export function ClaimLinkPicker({ claimId, articleId, exclude, kind, onOutcome }: PickerProps) {
  const { t } = useI18n();
  const listId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState('');
  const [focused, setFocused] = useState(false);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // The corpus's claims are read only while the field is in use.
  const claims = useCorpusClaims(focused || query !== '');
  const offers = useMemo(() => (claims ? claimCompletions(claims, query, exclude) : []), [claims, query, exclude]);
  const shown = open && focused;
  const latest = useRef({ offers, active, shown, query, kind });
  latest.current = { offers, active, shown, query, kind };

  const choose = async (other: CorpusClaim) => {
    const linkKind = latest.current.kind;
    try {
      await linkClaims(appDatabase(), claimId, other.id, linkKind);
      setQuery('');
      setOpen(false);
      onOutcome({ kind: 'linked', other, linkKind });
    } catch (error) {
      if (!(error instanceof ClaimLinkRefusedError)) throw error;
      onOutcome({ kind: 'refused', reason: error.reason });
    }
  };

  useCommandBindings(
    () => ({
      'link-claim': { run: () => input.current?.focus() },
      'claim-link-move': keyed((event) => {
        const { offers: list, active: at, shown: isOpen } = latest.current;
        if (!isOpen) {
          setOpen(true);
          setActive(0);
          return;
        }
        const next = nextOption(event.key, at, list.length, true);
        if (next !== null) setActive((latest.current.active = next));
      }),
      'claim-link-choose': {
        run: () => {
          const { offers: list, active: at, shown: isOpen } = latest.current;
          const other = isOpen ? list[at] : undefined;
          if (!other) return false;
          void choose(other);
        },
      },
      'claim-link-close': {
        run: () => {
          if (latest.current.shown) setOpen(false);
          else if (latest.current.query) setQuery('');
          else document.querySelector<HTMLElement>('.reader-scroll')?.focus();
        },
      },
    }),
    [claimId],
  );

  const activeOffer = shown ? offers[active] : undefined;
  return (
    <div className="claim-link-picker">
      <label>
        <span>
          {t('claimLink.find')} <kbd>{keysShown(commandRow('link-claim'))}</kbd>
        </span>
        <input
          ref={input}
          type="text"
          dir="auto"
          role="combobox"
          aria-expanded={shown}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={activeOffer ? `${listId}-${activeOffer.id}` : undefined}
          placeholder={t('claimLink.findPlaceholder')}
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={() => setFocused(true)}
          onBlur={() => setFocused(false)}
        />
      </label>
      {shown && (
        <p className="claim-link-count muted" role="status">
          {query.trim() && offers.length === 0 ? t('claimLink.noMatch', { query: query.trim() }) : t('claimLink.offered', { count: offers.length })}
        </p>
      )}
      <ul id={listId} role="listbox" className="claim-link-offers" aria-label={t('claimLink.find')} hidden={!shown || offers.length === 0}>
        {shown &&
          offers.map((offer, i) => (
            <ListboxOption
              key={offer.id}
              id={`${listId}-${offer.id}`}
              selected={i === active}
              // The field keeps the focus (its blur would close the list before the click lands).
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => void choose(offer)}
            >
              <bdi className="claim-link-text">{offer.exact}</bdi>
              <span className="claim-link-article muted">{offer.articleId === articleId ? t('claimLink.thisArticle') : <VisibleName text={offer.articleTitle} />}</span>
            </ListboxOption>
          ))}
      </ul>
    </div>
  );
}
