import { useCallback } from 'react';
import type { AppEvent } from '../../../../shared/contract';
import type { EntityId } from '../../../../shared/domain/entity';
import { useApi } from '../../app/api-context';
import { navigate } from '../../app/route';
import { useLiveQuery } from './use-live-query';

const registryChanged = (event: AppEvent) => event.type === 'entities.changed';

/**
 * The page of an entity the registry no longer lists. Notes and links made before a merge
 * still point at the merged entity, so the page says where it went and leads there; an id
 * that never was (or a removed one) says so too.
 */
export function MergedEntityNotice({ id }: { id: EntityId }) {
  const api = useApi();
  const load = useCallback(() => api.call('entities.get', { id }), [api, id]);
  const { data, error } = useLiveQuery(load, registryChanged);

  if (error && !data) {
    return (
      <p className="hint-centered" role="alert">
        {error}
      </p>
    );
  }
  // Not merged: an entity just made, which the registry list has not caught up with yet.
  if (!data || !data.mergedInto) return <p className="view-loading">Loading the entity…</p>;

  const into = data.mergedInto;
  return (
    <div className="merged-notice" role="status">
      <p>
        “{data.entity.name}” was merged into{' '}
        <a
          href={`#/entities/${into.id}`}
          onClick={(event) => {
            event.preventDefault();
            navigate({ view: 'entities', rest: [String(into.id)] });
          }}
        >
          “{into.name}”
        </a>
        .
      </p>
      <p className="hint">Everything tagged as “{data.entity.name}” — its mentions, the quotes it said, its claims and events — is listed there now.</p>
    </div>
  );
}
