import { useState, type FormEvent } from 'react';
import type { Entity, EntityType } from '../../../../shared/domain/entity';
import { messageOf } from '../../api/api-error';
import { useApi } from '../../app/api-context';
import { navigate } from '../../app/route';
import { Dialog } from '../../ui/Dialog';
import { foldForSearch } from '../sources/source-list-order';
import { entityTypeLabel, entityTypes } from './entity-types';
import { EntityTypeIcon } from './EntityTypeIcon';

/** Names an existing entity already answers to, so a duplicate is noticed before it is made. */
function sameName(entities: Entity[], name: string): Entity | undefined {
  const folded = foldForSearch(name.trim());
  if (!folded) return undefined;
  return entities.find((entity) => [entity.name, ...entity.aliases].some((known) => foldForSearch(known) === folded));
}

/** A name and a type are enough to start; the entity's page takes the rest. */
export function NewEntityDialog({ initialName, entities, onClose }: { initialName: string; entities: Entity[]; onClose(): void }) {
  const api = useApi();
  const [name, setName] = useState(initialName);
  const [type, setType] = useState<EntityType>('person');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const existing = sameName(entities, name);

  async function create(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const created = await api.call('entities.create', { name, type });
      onClose();
      navigate({ view: 'entities', rest: [String(created.id)] });
    } catch (failure) {
      setError(messageOf(failure));
      setBusy(false);
    }
  }

  return (
    <Dialog
      title="New entity"
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form="new-entity-form" className="button button-primary" disabled={busy || name.trim() === ''}>
            {busy ? 'Adding…' : 'Add entity'}
          </button>
        </>
      }
    >
      <form id="new-entity-form" className="form" onSubmit={(event) => void create(event)}>
        <label className="field">
          <span className="field-label">Name</span>
          <input value={name} onChange={(event) => setName(event.target.value)} placeholder="Dana Okafor" aria-describedby="new-entity-name-note" />
          <span id="new-entity-name-note" className="field-hint">
            {existing ? (
              <>
                “{existing.name}” already answers to this name.{' '}
                <a href={`#/entities/${existing.id}`} onClick={onClose}>
                  Open it
                </a>
              </>
            ) : (
              'The name to list it by; other spellings become aliases on its page.'
            )}
          </span>
        </label>
        <fieldset className="type-choice">
          <legend className="field-label">Type</legend>
          {entityTypes.map((option) => (
            <label key={option} className="type-option">
              <input type="radio" name="entity-type" value={option} checked={type === option} onChange={() => setType(option)} />
              <EntityTypeIcon type={option} />
              <span>{entityTypeLabel[option]}</span>
            </label>
          ))}
        </fieldset>
        {error ? (
          <p className="form-error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
    </Dialog>
  );
}
