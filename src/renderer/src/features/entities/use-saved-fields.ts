import { useEffect, useRef, useState } from 'react';
import { messageOf } from '../../api/api-error';

/** A field's refusal, found before asking the services (a number that is not one, say). */
export class FieldProblem extends Error {}

export interface SavedFields<F extends string> {
  value(field: F): string;
  change(field: F, value: string): void;
  /** Saves the field if it was edited: on leaving it, or on Enter. */
  commit(field: F): Promise<void>;
  error(field: F): string | undefined;
  /** The field last saved, to say "Saved" beside it. */
  saved: F | null;
}

/**
 * Text fields that show what is stored, except where the reporter has typed something not yet
 * saved; so an edit made in another window appears here and is never saved back over. `save`
 * stores the field (and any it is saved with, `together`) and returns the stored values.
 */
export function useSavedFields<F extends string>(
  stored: Record<F, string>,
  save: (field: F, draft: Record<F, string>) => Promise<Record<F, string>>,
  together: (field: F) => readonly F[] = (field) => [field],
): SavedFields<F> {
  const [edits, setEdits] = useState<Partial<Record<F, string>>>({});
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const [saved, setSaved] = useState<F | null>(null);
  const latestStored = useRef(stored);

  // An edit the stored entity now holds is no longer an edit.
  useEffect(() => {
    latestStored.current = stored;
    setEdits((all) => {
      const settled = (Object.keys(all) as F[]).filter((field) => all[field] === stored[field]);
      if (settled.length === 0) return all;
      const next = { ...all };
      for (const field of settled) delete next[field];
      return next;
    });
    // `stored` is rebuilt every render; its values are what matter.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [JSON.stringify(stored)]);

  const draft = { ...stored, ...edits } as Record<F, string>;
  async function commit(field: F) {
    const group = together(field);
    if (group.every((member) => edits[member] === undefined || edits[member] === stored[member])) {
      setEdits((all) => {
        const next = { ...all };
        for (const member of group) delete next[member];
        return next;
      });
      return;
    }
    try {
      const after = await save(field, draft);
      setErrors((all) => {
        const next = { ...all };
        for (const member of group) delete next[member];
        return next;
      });
      // Shown as saved (normalised) until the reloaded entity carries it; then dropped above.
      setEdits((all) => {
        const next = { ...all };
        for (const member of group) {
          if (after[member] === latestStored.current[member]) delete next[member];
          else next[member] = after[member];
        }
        return next;
      });
      setSaved(field);
    } catch (failure) {
      const message = failure instanceof FieldProblem ? failure.message : messageOf(failure);
      setErrors((all) => ({ ...all, [field]: message }));
    }
  }

  return {
    value: (field) => draft[field],
    change: (field, value) => {
      setSaved(null);
      setEdits((all) => ({ ...all, [field]: value }));
    },
    commit,
    error: (field) => errors[field],
    saved,
  };
}
