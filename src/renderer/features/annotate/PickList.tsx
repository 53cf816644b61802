/** Where several annotations cover the clicked point, the analyst picks one (mouse or arrows + Enter). */
import { useEffect, useRef, useState } from 'react';
import { useCommandBindings } from '../../ui/commandBindings';
import { useI18n } from '../../ui/i18n';
import { Listbox, ListboxOption } from '../../ui/Listbox';
import { TagSwatch } from '../../ui/TagChip';
import { useTags } from '../../db/live';
import type { AnnotationRecord } from '../../../shared/annotation/annotation';
import { useUi } from '../../state/store';
import { tagLabel } from '../../ui/tagLabel';

/** ↑/↓ go round the list: it is short, and its last entry is one key from its first. */
const LIST_COMMANDS = { move: 'pick-move', ends: 'pick-ends' } as const;

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
  const position = () => ({ index: latest.current.active, count: latest.current.items.length });
  const moveTo = (index: number) => {
    // The ref moves at once, so an Enter right after a key repeat picks what is shown as active.
    latest.current.active = index;
    setActive(index);
  };
  useCommandBindings(
    () => ({
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
    <Listbox
      listRef={list}
      className="pick-list"
      label={t('annotate.pick')}
      data-testid="pick-list"
      style={{ left: pick.at.x, top: pick.at.y }}
      activeId={items[active] ? `pick-${items[active].id}` : undefined}
      commands={LIST_COMMANDS}
      position={position}
      onMove={moveTo}
      wrap
    >
      {items.map((a, i) => {
        const tag = tags.find((x) => x.id === a.tagId);
        return (
          <ListboxOption key={a.id} id={`pick-${a.id}`} selected={i === active} onClick={() => choose(a.id)}>
            <TagSwatch tag={tag} /> {tagLabel(tag, language)}: <bdi>{a.exact}</bdi>
          </ListboxOption>
        );
      })}
    </Listbox>
  );
}
