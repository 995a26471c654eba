import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { TimelineItem } from '../../../../shared/domain/timeline';
import { useWorkspace } from '../../app/workspace';
import { SHOW_INSPECTOR_EVENT } from '../tagging/TaggingLayer';
import type { TimelineData } from './use-timeline';

/** What the inspector shows for the timeline: an item's card, the conflicts, or the entry form. */
export type TimelinePanel = { type: 'card'; id: string } | { type: 'conflicts' } | { type: 'form'; editing: TimelineItem | null } | null;

interface TimelineSelection {
  panel: TimelinePanel;
  /** Shows a panel in the inspector, opening the inspector if it was hidden. */
  show(panel: TimelinePanel): void;
  /** The timeline the view has loaded, as filtered: the inspector reads items from it rather than loading them again. */
  data: TimelineData | null;
  publish(data: TimelineData | null): void;
}

const TimelineSelectionContext = createContext<TimelineSelection | null>(null);

/**
 * The timeline's selection, shared by the view (the list or axis) and the app's inspector
 * (where, as everywhere in Sourcebook, the selected thing is shown and edited).
 */
export function TimelineSelectionProvider({ children }: { children: ReactNode }) {
  const { investigation } = useWorkspace();
  const [panel, setPanel] = useState<TimelinePanel>(null);
  const [data, publish] = useState<TimelineData | null>(null);
  // Another investigation starts with nothing selected.
  useEffect(() => {
    setPanel(null);
    publish(null);
  }, [investigation?.path]);
  const show = useCallback((next: TimelinePanel) => {
    setPanel(next);
    if (next) window.dispatchEvent(new Event(SHOW_INSPECTOR_EVENT));
  }, []);
  const value = useMemo(() => ({ panel, show, data, publish }), [panel, show, data]);
  return <TimelineSelectionContext.Provider value={value}>{children}</TimelineSelectionContext.Provider>;
}

export function useTimelineSelection(): TimelineSelection {
  const selection = useContext(TimelineSelectionContext);
  if (!selection) throw new Error('useTimelineSelection needs a TimelineSelectionProvider');
  return selection;
}
