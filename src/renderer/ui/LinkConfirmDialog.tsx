/**
 * The web twin's question before a link leaves Isnad (the desktop app asks with a native dialog in
 * main): the exact host, then the full address, Cancel focused first. Escape, Cancel and closing
 * all mean no. The dialog has no command context: its keys (Tab, Enter, Escape) are the browser's own.
 */
import { useEffect, useRef, useState } from 'react';
import { answerLinkQuestions, type LinkQuestion } from '../host/linkConfirmation';
import { useI18n } from './i18n';
import { useShowModal } from './useShowModal';
import './externalLink.css';

export function LinkConfirmDialog() {
  const [question, setQuestion] = useState<LinkQuestion | null>(null);
  useEffect(
    () =>
      answerLinkQuestions((next) =>
        setQuestion((previous) => {
          previous?.answer(false); // a second link while one is asked about: the first is a no
          return next;
        }),
      ),
    [],
  );
  if (!question) return null;
  const answer = (open: boolean) => {
    question.answer(open);
    setQuestion(null);
  };
  return <LinkConfirmBody key={question.href} question={question} answer={answer} />;
}

function LinkConfirmBody({ question, answer }: { question: LinkQuestion; answer: (open: boolean) => void }) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  useShowModal(ref);
  return (
    <dialog
      ref={ref}
      className="export-dialog link-confirm"
      aria-labelledby="link-confirm-title"
      aria-describedby="link-confirm-message"
      data-testid="link-confirm"
      onCancel={(e) => {
        e.preventDefault();
        answer(false);
      }}
    >
      <h2 id="link-confirm-title">{t('link.confirmTitle')}</h2>
      {/* First-strong isolates keep the Latin host whole inside an Arabic sentence. */}
      <p id="link-confirm-message">{t('link.confirmMessage', { host: `\u2068${question.host}\u2069` })}</p>
      <dl className="link-confirm-target">
        <dt>{t('link.confirmHost')}</dt>
        <dd>
          <bdi dir="ltr" data-testid="link-confirm-host">
            {question.host}
          </bdi>
        </dd>
        <dt>{t('link.confirmAddress')}</dt>
        <dd>
          <bdi dir="ltr" className="link-confirm-href" data-testid="link-confirm-href">
            {question.href}
          </bdi>
        </dd>
      </dl>
      <div className="dialog-actions">
        {/* Cancel first and focused: Enter at once is a no. */}
        {/* eslint-disable-next-line jsx-a11y/no-autofocus -- the safe answer takes the focus as the dialog opens, as a native one would */}
        <button type="button" autoFocus onClick={() => answer(false)}>
          {t('link.cancel')}
        </button>
        <button type="button" className="primary" onClick={() => answer(true)}>
          {t('link.open')}
        </button>
      </div>
    </dialog>
  );
}
