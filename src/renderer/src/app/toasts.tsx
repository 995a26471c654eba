import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';

export interface Toast {
  id: number;
  tone: 'error' | 'info' | 'success';
  title: string;
  message?: string;
  /** Stays until dismissed; errors always do. */
  sticky?: boolean;
}

interface ToastApi {
  toasts: Toast[];
  show(toast: Omit<Toast, 'id'>): void;
  dismiss(id: number): void;
  /** After something succeeds that earlier errors were about (opening a file, say). */
  dismissErrors(): void;
}

const ToastContext = createContext<ToastApi | null>(null);
let nextId = 1;

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const show = useCallback(
    (toast: Omit<Toast, 'id'>) => {
      const id = nextId++;
      // Keep the last few: a burst of failures should not bury the screen.
      setToasts((all) => [...all.slice(-3), { ...toast, id }]);
      // Errors stay until dismissed: the reporter must be able to read what was kept.
      if (toast.tone !== 'error' && !toast.sticky) window.setTimeout(() => dismiss(id), 5000);
    },
    [dismiss],
  );
  const dismissErrors = useCallback(() => setToasts((all) => all.filter((t) => t.tone !== 'error')), []);
  const value = useMemo(() => ({ toasts, show, dismiss, dismissErrors }), [toasts, show, dismiss, dismissErrors]);
  return <ToastContext.Provider value={value}>{children}</ToastContext.Provider>;
}

export function useToasts(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToasts outside ToastProvider');
  return api;
}
