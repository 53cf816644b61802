/** Files or folders dropped anywhere on the window are imported; an overlay says so while dragging. */
import { useEffect } from 'react';
import { useI18n } from '../../ui/i18n';
import { pickedFromDrop } from '../../host/browserFiles';
import { useUi } from '../../state/store';
import { runImport } from './importActions';

const carriesFiles = (event: DragEvent) => Array.from(event.dataTransfer?.types ?? []).includes('Files');

export function DropZone() {
  const { t } = useI18n();
  const active = useUi((s) => s.dragActive);
  const setActive = useUi((s) => s.setDragActive);

  useEffect(() => {
    let depth = 0;
    const enter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth++;
      setActive(true);
    };
    const over = (e: DragEvent) => {
      if (carriesFiles(e)) e.preventDefault();
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setActive(false);
    };
    const drop = (e: DragEvent) => {
      if (!carriesFiles(e) || !e.dataTransfer) return;
      e.preventDefault();
      depth = 0;
      setActive(false);
      void pickedFromDrop(e.dataTransfer).then((files) => (files.length ? runImport(files) : undefined));
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [setActive]);

  return active ? (
    <div className="drop-overlay" aria-hidden="true">
      <p>{t('import.drop')}</p>
    </div>
  ) : null;
}
