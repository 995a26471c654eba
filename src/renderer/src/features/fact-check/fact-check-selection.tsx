import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useWorkspace } from '../../app/workspace';
import { SHOW_INSPECTOR_EVENT } from '../tagging/TaggingLayer';
import type { FactCheckData } from './use-fact-checks';

interface FactCheckSelection {
  /** The claim whose check the inspector shows, if any. */
  openId: number | null;
  /** Shows a claim's check in the inspector (opening the inspector if hidden); null closes it. `focus` puts the keyboard in its first field. */
  open(claimId: number | null, options?: { focus?: boolean }): void;
  /** The keyboard was asked into the open check (Enter in the sheet): the inspector takes it once it shows. */
  focusPending: boolean;
  consumeFocus(): void;
  /** The sheet as the view has loaded it: the inspector reads the check from it rather than loading it again. */
  data: FactCheckData | null;
  publish(data: FactCheckData | null): void;
}

const FactCheckSelectionContext = createContext<FactCheckSelection | null>(null);

/** The fact-check sheet's open claim, shared by the view and the app's inspector (where checks are edited). */
export function FactCheckSelectionProvider({ children }: { children: ReactNode }) {
  const { investigation } = useWorkspace();
  const [openId, setOpenId] = useState<number | null>(null);
  const [data, publish] = useState<FactCheckData | null>(null);
  const [focusPending, setFocusPending] = useState(false);
  const consumeFocus = useCallback(() => setFocusPending(false), []);
  useEffect(() => {
    setOpenId(null);
    publish(null);
  }, [investigation?.path]);
  const open = useCallback((claimId: number | null, options?: { focus?: boolean }) => {
    setOpenId(claimId);
    if (claimId !== null) window.dispatchEvent(new Event(SHOW_INSPECTOR_EVENT));
    setFocusPending(claimId !== null && Boolean(options?.focus));
  }, []);
  const value = useMemo(() => ({ openId, open, focusPending, consumeFocus, data, publish }), [openId, open, focusPending, consumeFocus, data]);
  return <FactCheckSelectionContext.Provider value={value}>{children}</FactCheckSelectionContext.Provider>;
}

export function useFactCheckSelection(): FactCheckSelection {
  const selection = useContext(FactCheckSelectionContext);
  if (!selection) throw new Error('useFactCheckSelection needs a FactCheckSelectionProvider');
  return selection;
}
