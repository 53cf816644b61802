/** Where several annotations cover the clicked point, the analyst picks one (mouse or arrows + Enter). */
import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../app/i18n';
import { useTags } from '../../db/live';
import type { AnnotationRecord } from '../../../shared/annotation/annotation';
import { useUi } from '../../state/store';
import { tagLabel } from './tagLabel';

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
  if (!pick) return null;
  const items = pick.ids.map((id) => annotations.find((a) => a.id === id)).filter((a): a is AnnotationRecord => !!a);
  const choose = (id: string) => useUi.getState().selectAnnotation(id);
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
      onKeyDown={(e) => {
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
          e.preventDefault();
          setActive((i) => (i + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length);
        } else if (e.key === 'Enter' && items[active]) {
          e.preventDefault();
          choose(items[active].id);
        } else if (e.key === 'Escape') {
          e.preventDefault();
          useUi.getState().closePickList();
        }
      }}
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
