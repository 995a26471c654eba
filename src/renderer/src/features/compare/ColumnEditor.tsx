import type { ComparisonColumn } from '../../../../shared/domain/comparison';
import { EntityPicker } from '../tagging/EntityPicker';
import { useSources } from '../sources/use-sources';
import { EntityChips } from '../timeline/EntityChips';
import { changeKind, COLUMN_KINDS, isPartialDate, type ColumnKind } from './compare-spec';

/** One column's choice: what it lists (a speaker, a group, a source, a speaker between dates) and which. */
export function ColumnEditor(props: { index: number; column: ComparisonColumn; canRemove: boolean; onChange(column: ComparisonColumn): void; onRemove(): void }) {
  const { column, index } = props;
  const { sources } = useSources();
  const id = `cmp-col-${index}`;
  return (
    <fieldset className="cmp-column-editor" aria-label={`Column ${index + 1}`}>
      <div className="cmp-column-editor-head">
        <legend className="cmp-column-number">Column {index + 1}</legend>
        {props.canRemove ? (
          <button type="button" className="icon-button cmp-column-remove" aria-label={`Remove column ${index + 1}`} title="Remove this column" onClick={props.onRemove}>
            ×
          </button>
        ) : null}
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-kind`}>
          Lists
        </label>
        <select id={`${id}-kind`} value={column.kind} onChange={(event) => props.onChange(changeKind(column, event.target.value as ColumnKind))}>
          {COLUMN_KINDS.map((entry) => (
            <option key={entry.kind} value={entry.kind}>
              {entry.label}
            </option>
          ))}
        </select>
      </div>
      {column.kind === 'speaker' || column.kind === 'speaker-in-dates' ? (
        <EntityPicker label="Speaker" inputId={`${id}-speaker`} value={column.speakerId} allowCreate={false} onChange={(speakerId) => props.onChange({ ...column, speakerId })} />
      ) : null}
      {column.kind === 'speakers' ? <EntityChips label="Speakers" inputId={`${id}-speakers`} ids={column.speakerIds} allowCreate={false} onChange={(speakerIds) => props.onChange({ ...column, speakerIds })} /> : null}
      {column.kind === 'source' ? (
        <div className="field">
          <label className="field-label" htmlFor={`${id}-source`}>
            Source
          </label>
          <select id={`${id}-source`} value={column.sourceId ?? ''} onChange={(event) => props.onChange({ ...column, sourceId: event.target.value === '' ? null : Number(event.target.value) })}>
            <option value="">Choose a source…</option>
            {(sources ?? []).map((source) => (
              <option key={source.id} value={source.id}>
                {source.outlet ? `${source.title} (${source.outlet})` : source.title}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {column.kind === 'speaker-in-dates' ? (
        <div className="cmp-dates">
          <DateField label="From" value={column.from} onChange={(from) => props.onChange({ ...column, from })} />
          <DateField label="To" value={column.to} onChange={(to) => props.onChange({ ...column, to })} />
        </div>
      ) : null}
    </fieldset>
  );
}

/** A partial date typed as a reporter knows it (2020, 2020-09 or 2020-09-16); kept when it reads as one. */
function DateField(props: { label: string; value: string | null; onChange(value: string | null): void }) {
  return (
    <label className="field">
      <span className="field-label">{props.label}</span>
      <input
        type="text"
        inputMode="numeric"
        placeholder="YYYY, YYYY-MM or YYYY-MM-DD"
        title="A year, a month or a day: 2020, 2020-09 or 2020-09-16. Empty leaves this end open."
        defaultValue={props.value ?? ''}
        key={props.value ?? ''}
        onBlur={(event) => {
          const text = event.target.value.trim();
          if (text === '') props.onChange(null);
          else if (isPartialDate(text)) props.onChange(text);
          else event.target.setCustomValidity('Write a year, a month or a day: 2020, 2020-09 or 2020-09-16');
        }}
        onChange={(event) => event.target.setCustomValidity('')}
        onKeyDown={(event) => {
          if (event.key === 'Enter') (event.target as HTMLInputElement).blur();
        }}
      />
    </label>
  );
}
