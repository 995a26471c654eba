import { useState } from 'react';
import { EntityList } from './EntityList';
import { EntityPage } from './EntityPage';
import { MergeUndoBanner, type MergeDone } from './MergeUndoBanner';
import { useEntities } from './use-entities';

/**
 * `#/entities` lists the registry; `#/entities/12` is one entity's page. The last merge's
 * Undo stays on screen across both, because a merge moves the reporter to another page.
 */
export function EntitiesView({ rest }: { rest: string[] }) {
  const { data: entities, error } = useEntities();
  const [lastMerge, setLastMerge] = useState<MergeDone | null>(null);
  const selectedId = /^\d+$/.test(rest[0] ?? '') ? Number(rest[0]) : null;

  let content;
  if (!entities) content = error ? <p className="view-error" role="alert">{error}</p> : <p className="view-loading">Loading entities…</p>;
  else if (selectedId !== null) content = <EntityPage key={selectedId} id={selectedId} entities={entities} onMerged={setLastMerge} />;
  else content = <EntityList entities={entities} />;

  return (
    <div className="entities-view">
      {lastMerge ? <MergeUndoBanner merge={lastMerge} currentId={selectedId} onDone={() => setLastMerge(null)} /> : null}
      {content}
    </div>
  );
}
