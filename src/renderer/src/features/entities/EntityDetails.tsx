import { useState } from 'react';
import { partialDateSchema } from '../../../../shared/domain/dates';
import type { Entity, EntityType } from '../../../../shared/domain/entity';
import { messageOf } from '../../api/api-error';
import { useApi } from '../../app/api-context';
import { formatPartialDate } from '../../ui/format-date';
import { AliasEditor } from './AliasEditor';
import { changesFor, draftOf, savedTogether, type DetailField } from './entity-field-values';
import { entityTypeLabel, entityTypes } from './entity-types';
import { updateEntity } from './update-entity';
import { FieldProblem, useSavedFields } from './use-saved-fields';

/**
 * The entity's own fields, edited in place: each saved when it is left (or on Enter), the
 * type and aliases as soon as they change. An amount or a date is asked for only where the
 * type needs one (or one is already stored).
 */
export function EntityDetails({ entity }: { entity: Entity }) {
  const api = useApi();
  const [typeError, setTypeError] = useState<string | null>(null);
  const fields = useSavedFields<DetailField>(
    draftOf(entity),
    async (field, draft) => {
      const outcome = changesFor(field, draft);
      if ('problem' in outcome) throw new FieldProblem(outcome.problem);
      return draftOf(await updateEntity(api, entity, outcome.changes));
    },
    savedTogether,
  );

  async function changeType(type: EntityType) {
    try {
      await updateEntity(api, entity, { type });
      setTypeError(null);
    } catch (failure) {
      setTypeError(messageOf(failure));
    }
  }

  const field = (name: DetailField, label: string, options: { multiline?: boolean; placeholder?: string; hint?: string } = {}) => {
    const error = fields.error(name);
    const common = {
      id: `entity-${name}`,
      value: fields.value(name),
      placeholder: options.placeholder,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': `entity-${name}-note`,
      onChange: (event: { target: { value: string } }) => fields.change(name, event.target.value),
      onBlur: () => void fields.commit(name),
    };
    return (
      <div className="field">
        <label className="field-label" htmlFor={`entity-${name}`}>
          {label}
          <span className="save-state" aria-live="polite">
            {fields.saved === name ? 'Saved' : ''}
          </span>
        </label>
        {options.multiline ? (
          <textarea rows={5} {...common} />
        ) : (
          <input
            type="text"
            {...common}
            onKeyDown={(event) => {
              if (event.key === 'Enter') void fields.commit(name);
            }}
          />
        )}
        <span id={`entity-${name}-note`} className={error ? 'field-error' : 'field-hint'}>
          {error ?? options.hint ?? ''}
        </span>
      </div>
    );
  };

  const date = fields.value('date').trim();
  const showsMoney = entity.type === 'money' || entity.money !== null;
  const showsDate = entity.type === 'date' || entity.date !== null;

  return (
    <section className="entity-details" aria-labelledby="entity-details-heading">
      <h2 id="entity-details-heading" className="inspector-heading">
        Details
      </h2>
      {field('name', 'Name')}
      <div className="field">
        <label className="field-label" htmlFor="entity-type">
          Type
        </label>
        <select id="entity-type" value={entity.type} onChange={(event) => void changeType(event.target.value as EntityType)}>
          {entityTypes.map((type) => (
            <option key={type} value={type}>
              {entityTypeLabel[type]}
            </option>
          ))}
        </select>
        {typeError ? <span className="field-error">{typeError}</span> : null}
      </div>
      <AliasEditor entity={entity} />
      {showsMoney ? (
        <div className="money-fields">
          {field('amount', 'Amount', { placeholder: '2800000' })}
          {field('currency', 'Currency', { placeholder: 'USD' })}
        </div>
      ) : null}
      {showsDate
        ? field('date', 'Date', {
            placeholder: '2020-09-16',
            hint: partialDateSchema.safeParse(date).success ? formatPartialDate(date) : 'Year, year-month or full date: 2020, 2020-09 or 2020-09-16',
          })
        : null}
      {field('description', 'Description', { multiline: true, placeholder: 'Who this is, and why it matters to the story' })}
    </section>
  );
}
