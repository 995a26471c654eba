/**
 * What differs between the desktop app and server mode, as seen by the services. The
 * Electron shell implements it with native dialogs and the system browser; server mode has
 * neither, and the UI then asks for paths itself and opens links in the browser it runs in.
 */
export interface Host {
  readonly nativeDialogs: boolean;
  choosePath?(purpose: 'open' | 'create' | 'saveCopy', suggestedName?: string): Promise<string | null>;
  openExternal?(url: URL): Promise<void>;
  /** The system's multi-file dialog for sources to import; null when cancelled. */
  chooseSourceFiles?(): Promise<string[] | null>;
}

export const serverHost: Host = { nativeDialogs: false };
