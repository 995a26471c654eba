import { Component, type ReactNode } from 'react';

/**
 * A note the editor cannot open (written by a newer Sourcebook with a node this one does not
 * know, say) is shown as unopenable rather than emptied: no editor runs, so nothing is saved
 * over it.
 */
export class NoteErrorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error) {
    console.error('A note could not be opened:', error);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="note-unopenable" role="alert">
        <h2>This note cannot be opened here</h2>
        <p>
          Its text is kept unchanged in the investigation file. It may have been written by a newer version of Sourcebook:
          open it there.
        </p>
      </div>
    );
  }
}
