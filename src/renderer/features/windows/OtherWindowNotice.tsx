/**
 * What a window says once another window's newer version closed its hold on the library
 * (db/connectionEvents.ts): it has stopped, nothing it showed as saved is lost, and Reload brings it
 * back on the new version. A modal dialog, so no key or click can reach a screen that would only fail.
 */
import { useEffect, useRef } from 'react';
import { closeOnVersionChange } from '../../db/connectionEvents';
import { appDatabase } from '../../db/database';
import { useUi } from '../../state/store';
import { useI18n } from '../../ui/i18n';
import { useShowModal } from '../../ui/useShowModal';

export function OtherWindowNotice() {
  const closed = useUi((s) => s.closedByOtherWindow);
  useEffect(() => closeOnVersionChange(appDatabase(), () => useUi.getState().setClosedByOtherWindow()), []);
  return closed ? <ClosedDialog /> : null;
}

function ClosedDialog() {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  useShowModal(ref);
  return (
    <dialog
      ref={ref}
      className="export-dialog other-window"
      aria-labelledby="other-window-title"
      aria-describedby="other-window-message"
      data-testid="other-window"
      // Escape would only uncover a window that can no longer read or write.
      onCancel={(e) => e.preventDefault()}
    >
      <h2 id="other-window-title">{t('window.closedTitle')}</h2>
      <p id="other-window-message">{t('window.closedMessage')}</p>
      <div className="dialog-actions">
        {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the one thing left to do takes the focus as the dialog opens */}
        <button type="button" className="primary" autoFocus onClick={() => window.location.reload()}>
          {t('window.reload')}
        </button>
      </div>
    </dialog>
  );
}
