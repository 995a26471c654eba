import { useEffect, useRef, type ReactNode } from 'react';
import { Icon } from './icons';

/**
 * A modal built on <dialog>: the browser traps focus, Escape closes it, and the page behind
 * is inert. Used only where a choice must be made before going on (UI.md).
 */
export function Dialog(props: {
  title: string;
  onClose(): void;
  children: ReactNode;
  footer?: ReactNode;
  width?: 'narrow' | 'wide';
  labelledBy?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  // A click ends where the pointer was released: a text selection dragged out of a field
  // also "clicks" the backdrop. Close only when the press began on the backdrop too.
  const pressedOnBackdrop = useRef(false);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    // React does not put `autofocus` in the DOM, so showModal() would focus the close button;
    // the first field is where the reporter wants to type.
    dialog?.querySelector<HTMLElement>('.dialog-body input, .dialog-body textarea, .dialog-body select')?.focus();
  }, []);
  const titleId = props.labelledBy ?? `dialog-${props.title.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <dialog
      ref={ref}
      className={`dialog dialog-${props.width ?? 'narrow'}`}
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        props.onClose();
      }}
      onPointerDown={(event) => {
        pressedOnBackdrop.current = isOnBackdrop(event, ref.current);
      }}
      onClick={(event) => {
        if (pressedOnBackdrop.current && isOnBackdrop(event, ref.current)) props.onClose();
        pressedOnBackdrop.current = false;
      }}
    >
      <header className="dialog-header">
        <h2 id={titleId}>{props.title}</h2>
        <button type="button" className="icon-button" onClick={props.onClose} title="Close (Esc)" aria-label="Close">
          <Icon name="close" size={18} />
        </button>
      </header>
      <div className="dialog-body">{props.children}</div>
      {props.footer ? <footer className="dialog-footer">{props.footer}</footer> : null}
    </dialog>
  );
}

/** The backdrop is the <dialog> element itself, outside the box it draws. */
function isOnBackdrop(event: React.MouseEvent, dialog: HTMLDialogElement | null): boolean {
  if (!dialog || event.target !== dialog) return false;
  const box = dialog.getBoundingClientRect();
  return event.clientX < box.left || event.clientX > box.right || event.clientY < box.top || event.clientY > box.bottom;
}
