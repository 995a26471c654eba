import { useState } from 'react';
import { messageOf } from '../../api/api-error';
import { useApi } from '../../app/api-context';
import { navigate } from '../../app/route';
import { useToasts } from '../../app/toasts';
import { Icon } from '../../ui/icons';

export interface MergeDone {
  mergeId: number;
  mergedId: number;
  mergedName: string;
  intoId: number;
  intoName: string;
}

/**
 * Says what the last merge did, with its Undo. It stays until dismissed: a timed banner would
 * take the undo away from a reporter who looked elsewhere for a moment.
 */
export function MergeUndoBanner({ merge, currentId, onDone }: { merge: MergeDone; currentId: number | null; onDone(): void }) {
  const api = useApi();
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function undo() {
    setBusy(true);
    try {
      await api.call('entities.undoMerge', { mergeId: merge.mergeId });
      toasts.show({ tone: 'success', title: `“${merge.mergedName}” is back`, message: `The merge into “${merge.intoName}” is undone.` });
      onDone();
      // Undo returns to where the merge started, if the reporter is still where it led.
      if (currentId === merge.intoId) navigate({ view: 'entities', rest: [String(merge.mergedId)] });
    } catch (failure) {
      setError(messageOf(failure));
      setBusy(false);
    }
  }

  return (
    <div className="merge-banner" role="status">
      <Icon name="check" size={18} />
      <span className="merge-banner-text">
        Merged “{merge.mergedName}” into “{merge.intoName}”.
        {error ? <span className="field-error"> {error}</span> : null}
      </span>
      <button type="button" className="button button-small" onClick={() => void undo()} disabled={busy}>
        {busy ? 'Undoing…' : 'Undo'}
      </button>
      <button type="button" className="icon-button" onClick={onDone} aria-label="Dismiss" title="Dismiss">
        <Icon name="close" size={16} />
      </button>
    </div>
  );
}
