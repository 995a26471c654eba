import { useSyncExternalStore } from 'react';
import type { NoteDetail } from '../../../../../shared/domain/note';
import type { SaveState } from './note-autosave';

export interface SaveStatus {
  state: SaveState;
  /** Why the last save failed, while saves are failing. */
  failure: string | null;
  /** The newer stored note, when a save was refused because of it. */
  conflict: NoteDetail | null;
}

/**
 * How saving goes, kept outside React state: only what shows it (the word beside the toolbar,
 * the banners) re-renders when it changes, never the editor around them while it is typed in.
 */
export class SaveStatusStore {
  private status: SaveStatus = { state: 'idle', failure: null, conflict: null };
  private readonly listeners = new Set<() => void>();

  readonly get = (): SaveStatus => this.status;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  update(change: Partial<SaveStatus>): void {
    const next = { ...this.status, ...change };
    if (next.state === this.status.state && next.failure === this.status.failure && next.conflict === this.status.conflict) return;
    this.status = next;
    for (const listener of this.listeners) listener();
  }
}

export function useSaveStatus(store: SaveStatusStore): SaveStatus {
  return useSyncExternalStore(store.subscribe, store.get);
}
