import { EntityPicker } from '../tagging/EntityPicker';
import { useTagging } from '../tagging/tagging-context';

/** Several entities: chips to remove, and the registry's typeahead to add one more. */
export function EntityChips(props: { label: string; ids: readonly number[]; onChange(ids: number[]): void; allowCreate?: boolean; inputId?: string }) {
  const { entitiesById } = useTagging();
  return (
    <div className="tl-entities">
      {props.ids.length > 0 ? (
        <ul className="tl-chips" aria-label={`${props.label}: chosen`}>
          {props.ids.map((id) => {
            const entity = entitiesById.get(id);
            return (
              <li key={id} className={`entity-chip entity-chip-${entity?.type ?? 'other'}`}>
                {entity?.name ?? `Entity ${id}`}
                <button type="button" className="tl-chip-remove" aria-label={`Remove ${entity?.name ?? 'entity'}`} onClick={() => props.onChange(props.ids.filter((other) => other !== id))}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
      <EntityPicker
        label={props.label}
        value={null}
        allowCreate={props.allowCreate}
        inputId={props.inputId}
        onChange={(id) => {
          if (id !== null && !props.ids.includes(id)) props.onChange([...props.ids, id]);
        }}
      />
    </div>
  );
}
