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
      onClick={(event) => {
        // A click on the backdrop lands on the <dialog> element itself.
        if (event.target === ref.current) props.onClose();
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
