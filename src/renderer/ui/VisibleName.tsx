/**
 * A title or file name as shown anywhere in the app (issue 14): isolated from the text around it
 * (`<bdi>`, so a name's own direction cannot reorder the row it sits in), and with every bidi
 * control or invisible character drawn as a visible token (`⟨RLO⟩`), so `invoice‮fdp.txt` cannot
 * pass for `invoicetxt.pdf`. React puts the name in as text, never as markup.
 */
import { visibleControlParts } from '../../shared/text/visibleControls';
import './visibleName.css';

export function VisibleName({ text, dir = 'auto', className }: { text: string; dir?: 'auto' | 'ltr'; className?: string }) {
  const parts = visibleControlParts(text);
  return (
    <bdi dir={dir} className={className}>
      {parts.map((part, i) =>
        part.token === undefined ? (
          part.text
        ) : (
          // The token is text too; the class only frames it so it reads as a mark, not as part of the name.
          <span key={i} className="hidden-char" dir="ltr">
            {part.token}
          </span>
        ),
      )}
    </bdi>
  );
}
