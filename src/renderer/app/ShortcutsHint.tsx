import { Fragment } from 'react';
import { COMMANDS, keysShown } from '../../shared/commands/commandTable';
import { useI18n } from '../ui/i18n';

/** The command table's rows marked for the shortcut bar, in table order. */
const HINTS = COMMANDS.filter((row) => row.hint).map((row) => ({ id: row.id, keys: row.hint!.shown ?? keysShown(row), label: row.hint!.label ?? row.label }));

/** Key combinations are Latin and left-to-right even in the Arabic interface: each sits in its own LTR <kbd>. */
export function ShortcutsHint() {
  const { t } = useI18n();
  return (
    <footer className="shortcuts-hint">
      {t('shortcuts.label')}:{' '}
      {HINTS.map(({ id, keys, label }, i) => (
        <Fragment key={id}>
          {i > 0 && ' · '}
          <kbd dir="ltr">{keys}</kbd> {t(label)}
        </Fragment>
      ))}
    </footer>
  );
}
