import { appEventSchema, type AppEvent } from '../../shared/contract';

export type EventListener = (event: AppEvent) => void;

/** Fans service events out to every transport; each transport forwards to its windows. */
export class EventBus {
  private readonly listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(event: AppEvent): void {
    // An event that does not match the contract is a bug on this side: fail loudly here
    // rather than in a window that cannot say where it came from.
    const checked = appEventSchema.parse(event);
    for (const listener of this.listeners) {
      try {
        listener(checked);
      } catch (error) {
        console.error('An event listener failed:', error);
      }
    }
  }
}
