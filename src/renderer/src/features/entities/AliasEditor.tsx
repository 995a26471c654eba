import { useState, type FormEvent } from 'react';
import type { Entity } from '../../../../shared/domain/entity';
import { messageOf } from '../../api/api-error';
import { useApi } from '../../app/api-context';
import { Icon } from '../../ui/icons';
import { foldForSearch } from '../sources/source-list-order';
import { updateEntity } from './update-entity';

/**
 * Other names the entity goes by ("HSL", "Halden"): each is searched for unlinked mentions
 * and offered by typeaheads. Added and removed one at a time, saved at once.
 */
export function AliasEditor({ entity }: { entity: Entity }) {
  const api = useApi();
  const [adding, setAdding] = useState('');
  const [error, setError] = useState<string | null>(null);

  async function save(aliases: string[]): Promise<boolean> {
    try {
      await updateEntity(api, entity, { aliases });
      setError(null);
      return true;
    } catch (failure) {
      setError(messageOf(failure));
      return false;
    }
  }

  async function add(event: FormEvent) {
    event.preventDefault();
    const alias = adding.trim();
    if (!alias) return;
    const folded = foldForSearch(alias);
    if ([entity.name, ...entity.aliases].some((known) => foldForSearch(known) === folded)) {
      setError(`“${entity.name}” already goes by “${alias}”.`);
      return;
    }
    if (await save([...entity.aliases, alias])) setAdding('');
  }

  return (
    <div className="field">
      <span className="field-label" id="entity-aliases-label">
        Aliases
      </span>
      {entity.aliases.length > 0 ? (
        <ul className="alias-list" aria-labelledby="entity-aliases-label">
          {entity.aliases.map((alias) => (
            <li key={alias} className="alias-chip">
              <span>{alias}</span>
              <button
                type="button"
                className="alias-remove"
                aria-label={`Remove alias “${alias}”`}
                title="Remove this alias"
                onClick={() => void save(entity.aliases.filter((other) => other !== alias))}
              >
                <Icon name="close" size={12} />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form className="alias-add" onSubmit={(event) => void add(event)}>
        <input
          aria-label="New alias"
          placeholder="Another name"
          value={adding}
          onChange={(event) => {
            setAdding(event.target.value);
            setError(null);
          }}
        />
        <button type="submit" className="button button-small" disabled={adding.trim() === ''}>
          Add
        </button>
      </form>
      {error ? (
        <span className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
