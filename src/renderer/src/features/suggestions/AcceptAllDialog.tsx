import { useEffect, useRef, useState } from 'react';
import { Dialog } from '../../ui/Dialog';
import type { SuggestionGroup } from './review-order';

/**
 * Accepting a whole kind at once makes many annotations (and entities) that can only be
 * removed one by one: above a handful, it is asked first, with "Keep reviewing" the default.
 */
export function AcceptAllDialog({ group, onConfirm, onClose }: { group: SuggestionGroup; onConfirm(): Promise<unknown>; onClose(): void }) {
  const [busy, setBusy] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  // After the dialog has opened (its effect runs first, and focuses its close button): the safe choice.
  useEffect(() => keep.current?.focus(), []);
  const count = group.suggestions.length;
  const plural = group.info.plural.toLowerCase();
  const kind = group.info.kind;
  const each =
    kind === 'quote' ? 'a quote with its suggested speaker' : kind === 'event' ? 'an event with its date and who took part' : 'an annotation linked to its entity';
  return (
    <Dialog
      title={`Accept all ${count} ${plural}?`}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose} ref={keep}>
            Keep reviewing
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              await onConfirm();
              onClose();
            }}
          >
            {busy ? 'Accepting…' : `Accept ${count}`}
          </button>
        </>
      }
    >
      <p>
        Each becomes {each}; entities not yet in the registry are added to it.
      </p>
      <p className="hint">This cannot be undone in one step: an annotation accepted by mistake is removed from the inspector, one at a time.</p>
    </Dialog>
  );
}
