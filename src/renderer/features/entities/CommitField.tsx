/**
 * A text field of an entity written when the analyst is done with it (Enter, or leaving the field),
 * not on every key: a rename is one undo step, not one per letter. It follows the stored value while
 * not being edited (an undo shows at once); a refused value stays in the field with the reason.
 */
import { useEffect, useId, useState } from 'react';
import { entityProblemMessage } from '../../ui/entityProblem';
import { useI18n } from '../../ui/i18n';

export interface CommitFieldProps {
  label: string;
  stored: string;
  write: (value: string) => Promise<void>;
  placeholder?: string;
  dir?: 'auto' | 'ltr';
  className?: string;
}

export function CommitField({ label, stored, write, placeholder, dir = 'auto', className }: CommitFieldProps) {
  const { t } = useI18n();
  const errorId = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // A new stored value (an undo, a merge) ends an edit that was not changing anything.
  useEffect(() => setDraft((d) => (d === stored ? null : d)), [stored]);
  const commit = () => {
    if (draft === null) return;
    if (draft === stored) {
      setDraft(null);
      return;
    }
    write(draft).then(
      () => {
        setDraft(null);
        setProblem(null);
      },
      (error: unknown) => setProblem(entityProblemMessage(error, t)),
    );
  };
  return (
    <form
      className={className ? `commit-field ${className}` : 'commit-field'}
      onSubmit={(e) => {
        e.preventDefault();
        commit();
      }}
    >
      <label>
        {label}
        <input
          type="text"
          dir={dir}
          value={draft ?? stored}
          placeholder={placeholder}
          aria-invalid={problem !== null}
          aria-describedby={problem ? errorId : undefined}
          onChange={(e) => {
            setDraft(e.target.value);
            setProblem(null);
          }}
          onBlur={commit}
        />
      </label>
      {problem && (
        <p id={errorId} className="form-error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
