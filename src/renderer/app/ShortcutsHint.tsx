import { Fragment } from 'react';
import type { MessageKey } from '../../shared/i18n/messages';
import { useI18n } from './i18n';

/** Key combinations are Latin and left-to-right even in the Arabic interface: each sits in its own LTR <kbd>. */
const SHORTCUTS: [string, MessageKey][] = [
  ['Ctrl+O', 'toolbar.openFiles'],
  ['Ctrl+Shift+O', 'toolbar.openFolder'],
  ['Ctrl+= / Ctrl+-', 'toolbar.fontBigger'],
  ['Ctrl+Shift+X', 'menu.toggleDirection'],
  ['Ctrl+Shift+L', 'menu.toggleLanguage'],
  ['/', 'shortcuts.filter'],
  ['↑ ↓', 'shortcuts.articles'],
  ['Shift+← →', 'shortcuts.select'],
  ['S', 'shortcuts.sentence'],
  ['1–9', 'shortcuts.tag'],
  ['R', 'shortcuts.resize'],
  ['N', 'shortcuts.note'],
  ['Ctrl+Z', 'annotate.undo'],
];

export function ShortcutsHint() {
  const { t } = useI18n();
  return (
    <footer className="shortcuts-hint">
      {t('shortcuts.label')}:{' '}
      {SHORTCUTS.map(([keys, label], i) => (
        <Fragment key={keys}>
          {i > 0 && ' · '}
          <kbd dir="ltr">{keys}</kbd> {t(label)}
        </Fragment>
      ))}
    </footer>
  );
}
