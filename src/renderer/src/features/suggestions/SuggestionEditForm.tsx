import { useEffect, useId, useRef, useState } from 'react';
import type { EntityType } from '../../../../shared/domain/entity';
import type { Suggestion, SuggestionEdits } from '../../../../shared/domain/suggestion';
import { EntityPicker } from '../tagging/EntityPicker';
import { ENTITY_TYPE_LABELS } from '../tagging/kinds';
import { useTagging } from '../tagging/tagging-context';
import { draftOf, editsOf, type EditDraft } from './suggestion-edits';

const TYPES = Object.keys(ENTITY_TYPE_LABELS) as EntityType[];

/**
 * "Edit…": the entity a mention links to, or a quote's speaker and channel, corrected before
 * accepting: a name and type (a new entity), or one of the registry's through the typeahead.
 * Escape goes back without accepting.
 */
export function SuggestionEditForm({ suggestion, onAccept, onCancel }: { suggestion: Suggestion; onAccept(edits: SuggestionEdits): void; onCancel(): void }) {
  const tagging = useTagging();
  const [draft, setDraft] = useState(() => draftOf(suggestion));
  const id = useId();
  const isQuote = suggestion.kind === 'quote';
  const role = isQuote ? 'Speaker' : 'Entity';
  const change = (changes: Partial<EditDraft>) => setDraft((current) => ({ ...current, ...changes }));
  const form = useRef<HTMLFormElement>(null);
  // The keyboard starts in the first field (the name, or the registry entity's Change).
  useEffect(() => form.current?.querySelector<HTMLElement>('input, select, button')?.focus(), []);

  return (
    <form
      ref={form}
      className="suggestion-edit"
      data-suggestion-edit
      aria-label={`Correct the suggested ${isQuote ? 'quote' : 'entity'}`}
      onSubmit={(event) => {
        event.preventDefault();
        onAccept(editsOf(suggestion, draft, (entityId) => tagging.entitiesById.get(entityId)));
      }}
      onKeyDown={(event) => {
        // The typeahead's own Escape closes its list first.
        if (event.key === 'Escape' && !(event.target instanceof HTMLInputElement && event.target.getAttribute('aria-expanded') === 'true')) {
          event.preventDefault();
          onCancel();
        }
      }}
    >
      <fieldset className="suggestion-edit-entity">
        <legend className="field-label">{role}</legend>
        {draft.existingId === null ? (
          <>
            <div className="field">
              <label className="field-sublabel" htmlFor={`${id}-name`}>
                Name
              </label>
              <input id={`${id}-name`} value={draft.name} aria-describedby={`${id}-name-hint`} onChange={(event) => change({ name: event.target.value })} />
              <span className="field-hint" id={`${id}-name-hint`}>
                {isQuote ? 'Leave empty when the text does not say who.' : 'Leave empty to tag the text without linking it.'}
              </span>
            </div>
            <label className="field">
              <span className="field-sublabel">Type</span>
              <select value={draft.type} onChange={(event) => change({ type: event.target.value as EntityType })}>
                {TYPES.map((type) => (
                  <option key={type} value={type}>
                    {ENTITY_TYPE_LABELS[type]}
                  </option>
                ))}
              </select>
            </label>
          </>
        ) : null}
        <EntityPicker
          label={draft.existingId === null ? 'Or one already in the registry' : 'In the registry'}
          value={draft.existingId}
          allowCreate={false}
          onChange={(existingId) => change({ existingId })}
        />
      </fieldset>
      {isQuote ? (
        <label className="field">
          <span className="field-label">Channel</span>
          <input value={draft.channel} placeholder="statement, letter to employees…" onChange={(event) => change({ channel: event.target.value })} />
        </label>
      ) : null}
      <div className="suggestion-edit-actions">
        <button type="submit" className="button button-primary">
          Accept
        </button>
        <button type="button" className="button" onClick={onCancel} title="Back without accepting (Esc)">
          Cancel
        </button>
      </div>
    </form>
  );
}
