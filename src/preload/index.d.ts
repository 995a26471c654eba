import type { SourcebookBridge } from '../shared/contract';

declare global {
  interface Window {
    /** Present only in the desktop app; the renderer falls back to HTTP without it. */
    sourcebook?: SourcebookBridge;
  }
}

export {};
