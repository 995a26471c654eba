import { useEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';

const ITEMS = '[role="menuitem"], [role="menuitemradio"]';

export interface Menu {
  open: boolean;
  setOpen(open: boolean): void;
  /** The element holding the button and the list: a press outside it closes the menu. */
  menuRef: RefObject<HTMLDivElement | null>;
  /** The button that opens the menu: the keyboard goes back to it when the menu closes by key. */
  buttonRef: RefObject<HTMLButtonElement | null>;
  /** Escape closes, ↑ ↓ move between the items (round the ends). */
  onKeyDown(event: KeyboardEvent): void;
}

/** A drop-down menu's behaviour, as every Export and Saved menu of the app has it. */
export function useMenu(): Menu {
  const [open, setOpen] = useState(false);
  const menuRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent) => {
      if (!menuRef.current?.contains(event.target as Node)) setOpen(false);
    };
    window.addEventListener('mousedown', close);
    return () => window.removeEventListener('mousedown', close);
  }, [open]);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
      buttonRef.current?.focus();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const items = [...(menuRef.current?.querySelectorAll<HTMLElement>(ITEMS) ?? [])];
    const index = items.indexOf(document.activeElement as HTMLElement);
    const next = items[(index + (event.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  }

  return { open, setOpen, menuRef, buttonRef, onKeyDown };
}
