import { useCallback, useEffect, useState } from 'react';

const WIDE_ENOUGH = '(min-width: 1180px)';
const STORAGE_KEY = 'sourcebook.inspector';

type Preference = 'auto' | 'open' | 'closed';

/**
 * The inspector shows by default where the window leaves the text a comfortable measure
 * beside it, and hides on narrower windows; the reporter's own choice (Ctrl+Alt+I or the
 * title-bar button) wins and is remembered.
 */
export function useInspectorVisibility(): { open: boolean; toggle(): void; show(): void } {
  const [wide, setWide] = useState(() => window.matchMedia(WIDE_ENOUGH).matches);
  const [preference, setPreference] = useState<Preference>(() => {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return stored === 'open' || stored === 'closed' ? stored : 'auto';
  });

  useEffect(() => {
    const query = window.matchMedia(WIDE_ENOUGH);
    const onChange = () => setWide(query.matches);
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);

  const open = preference === 'auto' ? wide : preference === 'open';
  const toggle = useCallback(() => {
    const next: Preference = open ? 'closed' : 'open';
    window.localStorage.setItem(STORAGE_KEY, next);
    setPreference(next);
  }, [open]);
  /** For "Edit details" and the like: the inspector is where editing happens. */
  const show = useCallback(() => {
    if (open) return;
    window.localStorage.setItem(STORAGE_KEY, 'open');
    setPreference('open');
  }, [open]);
  return { open, toggle, show };
}
