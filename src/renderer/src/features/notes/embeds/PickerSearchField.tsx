import { steppedIndex } from '../../../ui/list-keys';

/**
 * The search box of a picker dialog (quote cards, comparison blocks): typing narrows the list
 * below it, ↑ ↓ move through it (round the ends), Enter chooses; the list itself stays where
 * the keyboard is not, as an ARIA combobox's listbox.
 */
export function PickerSearchField(props: {
  label: string;
  listId: string;
  query: string;
  count: number;
  activeIndex: number;
  onQuery(query: string): void;
  onActive(index: number): void;
  onChoose(index: number): void;
}) {
  const { count, activeIndex } = props;
  return (
    <label className="field">
      <span className="field-label">{props.label}</span>
      <input
        type="search"
        role="combobox"
        aria-expanded={count > 0}
        aria-controls={props.listId}
        aria-autocomplete="list"
        aria-activedescendant={count > 0 ? `${props.listId}-${activeIndex}` : undefined}
        value={props.query}
        placeholder="Type to narrow the list"
        onChange={(event) => {
          props.onQuery(event.target.value);
          props.onActive(0);
        }}
        onKeyDown={(event) => {
          const stepped = steppedIndex(event.key, activeIndex, count);
          if (stepped !== null) {
            event.preventDefault();
            props.onActive(stepped);
          } else if (event.key === 'Enter') {
            event.preventDefault();
            if (activeIndex < count) props.onChoose(activeIndex);
          }
        }}
      />
    </label>
  );
}
