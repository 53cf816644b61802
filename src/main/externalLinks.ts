/**
 * Opens a link outside Isnad (checklist item 15: shell.openExternal never with content the analyst
 * did not confirm). The contract's schema has already refused anything but http(s); this checks
 * again (a handler must not depend on its caller) and names the exact host in a native, modal
 * question whose default answer is Cancel. Only "Open" hands the parsed address to the system.
 */
import type { MessageBoxOptions } from 'electron';
import { checkExternalUrl, type LinkOutcome } from '../shared/externalLink';
import { translate } from '../shared/i18n/translate';

export interface ExternalLinkDeps {
  /** dialog.showMessageBox, modal to the app window. */
  showMessageBox(options: MessageBoxOptions): Promise<{ response: number }>;
  /** shell.openExternal. */
  openExternal(url: string): Promise<void>;
  /** The interface language the renderer last named. */
  language(): 'en' | 'ar';
}

/** The buttons' order: Cancel first, so Escape, Enter on the default and closing the box all mean no. */
const CANCEL = 0;
const OPEN = 1;

/** First-strong isolates: an Arabic sentence keeps a Latin host (with its dots and port) in one piece. */
const isolate = (text: string) => `\u2068${text}\u2069`;

export function linkConfirmation(language: 'en' | 'ar', href: string, host: string): MessageBoxOptions {
  const t = (key: Parameters<typeof translate>[1], params?: Record<string, string>) => translate(language, key, params);
  return {
    type: 'question',
    title: t('link.confirmTitle'),
    message: t('link.confirmMessage', { host: isolate(host) }),
    detail: `${t('link.confirmHost')}: ${isolate(host)}\n${t('link.confirmAddress')}: ${isolate(href)}`,
    buttons: [t('link.cancel'), t('link.open')],
    defaultId: CANCEL,
    cancelId: CANCEL,
    noLink: true,
  };
}

export async function openExternalLink(deps: ExternalLinkDeps, url: string): Promise<LinkOutcome> {
  const checked = checkExternalUrl(url);
  if (!checked.ok) throw new Error(translate(deps.language(), 'link.refused'));
  const { response } = await deps.showMessageBox(linkConfirmation(deps.language(), checked.href, checked.host));
  if (response !== OPEN) return 'cancelled';
  await deps.openExternal(checked.href);
  return 'opened';
}
