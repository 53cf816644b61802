/**
 * A link that leaves Isnad: shown as a link (the browser shows its address on hover), opened only
 * through the host's openExternal, which asks first (Electron: a native dialog naming the host;
 * web: LinkConfirmDialog). A plain click, Enter, Ctrl/Shift-click and the middle button all go
 * that way; none lets the page follow the address itself.
 */
import { useState, type ReactNode } from 'react';
import { checkExternalUrl } from '../../shared/externalLink';
import { currentHost } from '../host/currentHost';
import { useI18n } from './i18n';

export function ExternalLink({ href, title, children, testId }: { href: string; title: string; children: ReactNode; testId?: string }) {
  const { t } = useI18n();
  const [problem, setProblem] = useState<string | null>(null);
  const checked = checkExternalUrl(href);
  if (!checked.ok) return <span className="form-error">{t('link.refused')}</span>;
  const open = (event: React.MouseEvent) => {
    event.preventDefault();
    setProblem(null);
    currentHost()
      .openExternal(checked.href)
      .catch((error: unknown) => setProblem(t('link.failed', { reason: error instanceof Error ? error.message : String(error) })));
  };
  return (
    <>
      <a href={checked.href} className="external-link" title={title} rel="noopener noreferrer" onClick={open} onAuxClick={open} data-testid={testId}>
        {children}
      </a>
      {problem && (
        <span role="alert" className="form-error">
          {problem}
        </span>
      )}
    </>
  );
}
