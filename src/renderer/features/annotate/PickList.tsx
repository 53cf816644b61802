/** Where several annotations cover the clicked point, the analyst picks one (mouse or arrows + Enter). */
import { useEffect, useRef, useState } from 'react';
import { keyed, useCommandBindings } from '../../ui/commandBindings';
import { useI18n } from '../../ui/i18n';
import { useTags } from '../../db/live';
import type { AnnotationRecord } from '../../../shared/annotation/annotation';
import { useUi } from '../../state/store';
import { tagLabel } from '../../ui/tagLabel';

export function PickList({ annotations }: { annotations: readonly AnnotationRecord[] }) {
  const { t, language } = useI18n();
  const pick = useUi((s) => s.pickList);
  const tags = useTags();
  const [active, setActive] = useState(0);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    setActive(0);
    list.current?.focus();
  }, [pick]);
  const items = pick ? pick.ids.map((id) => annotations.find((a) => a.id === id)).filter((a): a is AnnotationRecord => !!a) : [];
  const latest = useRef({ items, active });
  latest.current = { items, active };
  const choose = (id: string) => useUi.getState().selectAnnotation(id);
  useCommandBindings(
    () => ({
      'pick-move': keyed((event) => {
        // The ref moves at once, so an Enter right after a key repeat picks what is shown as active.
        const { items: shown, active: from } = latest.current;
        if (!shown.length) return;
        latest.current.active = (from + (event.key === 'ArrowDown' ? 1 : shown.length - 1)) % shown.length;
        setActive(latest.current.active);
      }),
      'pick-choose': {
        run: () => {
          const item = latest.current.items[latest.current.active];
          if (!item) return false;
          choose(item.id);
        },
      },
      'pick-close': { run: () => useUi.getState().closePickList() },
    }),
    [],
  );
  if (!pick) return null;
  return (
    <ul
      ref={list}
      className="pick-list"
      role="listbox"
      tabIndex={0}
      aria-label={t('annotate.pick')}
      data-testid="pick-list"
      style={{ left: pick.at.x, top: pick.at.y }}
      aria-activedescendant={items[active] ? `pick-${items[active].id}` : undefined}
    >
      {items.map((a, i) => {
        const tag = tags.find((x) => x.id === a.tagId);
        return (
          <li key={a.id} id={`pick-${a.id}`} role="option" aria-selected={i === active} onClick={() => choose(a.id)}>
            <span className="tag-swatch" style={{ backgroundColor: tag?.color }} /> {tagLabel(tag, language)}: <bdi>{a.exact}</bdi>
          </li>
        );
      })}
    </ul>
  );
}
