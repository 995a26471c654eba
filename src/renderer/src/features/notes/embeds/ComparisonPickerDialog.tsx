import { useId, useMemo, useState } from 'react';
import type { ComparisonSummary } from '../../../../../shared/domain/comparison';
import { Dialog } from '../../../ui/Dialog';
import { PickerSearchField } from './PickerSearchField';
import { filterComparisons } from './comparison-filter';
import { useSavedComparisons } from './use-saved-comparisons';

/**
 * Chooses a saved comparison to embed in a note: type words of its name or of a column's
 * heading; arrows move, Enter inserts, Escape goes back to the note.
 */
export function ComparisonPickerDialog({ onChoose, onClose }: { onChoose(comparison: ComparisonSummary): void; onClose(): void }) {
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const list = useSavedComparisons();
  const all = list.status === 'done' ? list.comparisons : [];
  const shown = useMemo(() => filterComparisons(all, query), [all, query]);
  const activeIndex = Math.min(active, Math.max(0, shown.length - 1));

  return (
    <Dialog title="Insert a comparison" width="wide" onClose={onClose}>
      <PickerSearchField
        label="Find a saved comparison by its name or a column’s heading"
        listId={listId}
        query={query}
        count={shown.length}
        activeIndex={activeIndex}
        onQuery={setQuery}
        onActive={setActive}
        onChoose={(index) => onChoose(shown[index]!)}
      />
      <ul id={listId} role="listbox" className="quote-picker-list" aria-label="Saved comparisons" aria-busy={list.status === 'loading'}>
        {shown.map((comparison, index) => (
          <li
            key={comparison.id}
            id={`${listId}-${index}`}
            role="option"
            aria-selected={index === activeIndex}
            className="quote-picker-option"
            onMouseDown={(event) => event.preventDefault()}
            onMouseEnter={() => setActive(index)}
            onClick={() => onChoose(comparison)}
          >
            <span className="comparison-picker-name">{comparison.name}</span>
            <span className="quote-picker-meta">{comparison.columnLabels.join(' · ')}</span>
          </li>
        ))}
      </ul>
      {list.status === 'failed' ? (
        <p className="form-error" role="alert">
          {list.message}
        </p>
      ) : list.status === 'done' && shown.length === 0 ? (
        <p className="hint" role="status">
          {query.trim() && all.length > 0
            ? `No saved comparison is called or has a column matching “${query.trim()}”.`
            : 'No comparisons are saved yet. In the Compare view, set speakers or sources side by side and save the comparison under a name.'}
        </p>
      ) : shown.length > 0 ? (
        <p className="hint">↑ ↓ to choose, Enter to insert the comparison where the caret was.</p>
      ) : null}
    </Dialog>
  );
}
