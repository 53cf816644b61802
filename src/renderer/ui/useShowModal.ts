/** Opens a `<dialog>` as a modal when its component mounts: focus stays inside and the page behind is inert. */
import { useEffect, type RefObject } from 'react';

export function useShowModal(dialog: RefObject<HTMLDialogElement | null>): void {
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, [dialog]);
}
