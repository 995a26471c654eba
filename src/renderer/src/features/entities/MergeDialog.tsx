import { useState } from 'react';
import type { Entity } from '../../../../shared/domain/entity';
import { messageOf } from '../../api/api-error';
import { useApi } from '../../app/api-context';
import { navigate } from '../../app/route';
import { Dialog } from '../../ui/Dialog';
import { describeMerge, type Appearances } from './entity-appearances';
import { EntityPicker } from './EntityPicker';
import type { MergeDone } from './MergeUndoBanner';

/**
 * Merging folds a duplicate into the entity it duplicates. The dialog says what will move
 * before anything does; the merge is undone from the banner it leaves behind.
 */
export function MergeDialog(props: {
  entity: Entity;
  entities: Entity[];
  /** The entity's appearances, to count what moves; null while they load. */
  appearances: Appearances | null;
  onClose(): void;
  onMerged(merge: MergeDone): void;
}) {
  const api = useApi();
  const [into, setInto] = useState<Entity | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { entity } = props;
  const others = props.entities.filter((other) => other.id !== entity.id);
  const summary = into && props.appearances ? describeMerge(entity, into, props.appearances) : null;

  async function merge() {
    if (!into) return;
    setBusy(true);
    setError(null);
    try {
      const { mergeId } = await api.call('entities.merge', { mergedId: entity.id, intoId: into.id });
      props.onMerged({ mergeId, mergedId: entity.id, mergedName: entity.name, intoId: into.id, intoName: into.name });
      props.onClose();
      navigate({ view: 'entities', rest: [String(into.id)] });
    } catch (failure) {
      setError(messageOf(failure));
      setBusy(false);
    }
  }

  return (
    <Dialog
      title={`Merge “${entity.name}” into…`}
      width="wide"
      onClose={props.onClose}
      footer={
        <>
          <button type="button" className="button" onClick={props.onClose}>
            Cancel
          </button>
          <button type="button" className="button button-primary" disabled={!into || busy} onClick={() => void merge()}>
            {busy ? 'Merging…' : into ? `Merge into “${into.name}”` : 'Merge'}
          </button>
        </>
      }
    >
      <EntityPicker label="The entity it duplicates" entities={others} chosen={into} onChoose={setInto} />
      {into ? (
        <div className="merge-summary" role="status">
          <p>
            <strong>{summary ? summary.moves : `Everything tagged as “${entity.name}” moves to “${into.name}”.`}</strong>
          </p>
          {summary && summary.aliases.length > 0 ? (
            <p>{`${summary.aliases.map((alias) => `“${alias}”`).join(', ')} ${summary.aliases.length === 1 ? 'becomes an alias' : 'become aliases'} of “${into.name}”.`}</p>
          ) : null}
          <p className="hint">“{entity.name}” then leaves the registry. You can undo the merge right after.</p>
        </div>
      ) : (
        <p className="hint">Its mentions, the quotes it said, its claims and events will move to the entity you choose.</p>
      )}
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </Dialog>
  );
}
