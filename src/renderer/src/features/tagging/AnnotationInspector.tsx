import { useEffect, useRef, useState } from 'react';
import { partialDateSchema } from '../../../../shared/domain/dates';
import type { Annotation, AnnotationChanges, ClaimStatus } from '../../../../shared/domain/annotation';
import { formatPartialDate } from '../../ui/format-date';
import { Icon } from '../../ui/icons';
import { AnnotationHistory } from './AnnotationHistory';
import { CLAIM_STATUSES, CLAIM_STATUS_LABELS } from './claim-statuses';
import { EntityPicker } from './EntityPicker';
import { kindInfo, summarise } from './kinds';
import { useTagging } from './tagging-context';
import { useAnnotations } from './use-annotations';

/** A text field saved when it is left (or on Enter), showing a refusal beside it. */
function TextField(props: { label: string; value: string; placeholder?: string; multiline?: boolean; onSave(value: string): Promise<unknown> }) {
  const [draft, setDraft] = useState(props.value);
  // What was last sent: leaving the field after Enter must not save (and log, and make an
  // undo step of) the same text a second time before the stored value has come back.
  const sent = useRef(props.value);
  useEffect(() => {
    setDraft(props.value);
    sent.current = props.value;
  }, [props.value]);
  const save = () => {
    if (draft === sent.current) return;
    sent.current = draft;
    void props.onSave(draft);
  };
  return (
    <label className="field">
      <span className="field-label">{props.label}</span>
      {props.multiline ? (
        <textarea rows={4} value={draft} placeholder={props.placeholder} onChange={(event) => setDraft(event.target.value)} onBlur={save} />
      ) : (
        <input
          value={draft}
          placeholder={props.placeholder}
          onChange={(event) => setDraft(event.target.value)}
          onBlur={save}
          onKeyDown={(event) => event.key === 'Enter' && save()}
        />
      )}
    </label>
  );
}

/** A year, month or day, checked as typed, with how it will read. */
function DateField(props: { label: string; value: string | null; onSave(value: string | null): Promise<unknown> }) {
  const [draft, setDraft] = useState(props.value ?? '');
  const sent = useRef(props.value);
  useEffect(() => {
    setDraft(props.value ?? '');
    sent.current = props.value;
  }, [props.value]);
  const trimmed = draft.trim();
  const valid = trimmed === '' || partialDateSchema.safeParse(trimmed).success;
  const save = () => {
    if (!valid || (trimmed || null) === sent.current) return;
    sent.current = trimmed || null;
    void props.onSave(trimmed || null);
  };
  return (
    <label className="field">
      <span className="field-label">{props.label}</span>
      <input value={draft} placeholder="2020, 2020-09 or 2020-09-16" aria-invalid={!valid || undefined} onChange={(event) => setDraft(event.target.value)} onBlur={save} onKeyDown={(event) => event.key === 'Enter' && save()} />
      <span className={valid ? 'field-hint' : 'field-error'}>
        {!valid ? 'Write it as 2020, 2020-09 or 2020-09-16' : trimmed ? formatPartialDate(trimmed) : 'Year, month or day'}
      </span>
    </label>
  );
}

/**
 * The annotation open in the inspector: its text, the fields of its kind (saved as they are
 * left), its history, and removal, all undoable with Ctrl/Cmd+Z.
 */
export function AnnotationInspector({ annotationId, sourceId, takeFocus = false, onFocusTaken }: {
  annotationId: number;
  sourceId: number;
  /** Put the keyboard on its heading once it shows (a suggestion accepted from the inspector becomes this). */
  takeFocus?: boolean;
  onFocusTaken?(): void;
}) {
  const tagging = useTagging();
  const annotations = useAnnotations(sourceId);
  const annotation = annotations.find((candidate) => candidate.id === annotationId);
  // Only a passage tagged a moment ago puts the keyboard in its first field; reopening or
  // undoing must leave the keyboard where it is (Ctrl+Z there would undo typing instead).
  const [focusFirst, setFocusFirst] = useState(() => tagging.fresh === annotationId);
  const { consumeFresh } = tagging;
  const loaded = annotation !== undefined;
  useEffect(() => {
    // Once the fields have mounted (and taken focus), later mounts must not take it again.
    if (!loaded || !focusFirst) return;
    consumeFresh();
    setFocusFirst(false);
  }, [loaded, focusFirst, consumeFresh]);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!loaded || !takeFocus) return;
    heading.current?.focus();
    onFocusTaken?.();
  }, [loaded, takeFocus, onFocusTaken]);
  if (!annotation) return <p className="inspector-empty">Loading the annotation…</p>;
  const info = kindInfo(annotation.kind);
  const save = (changes: AnnotationChanges) => tagging.update(annotation, changes);

  return (
    <div className="annotation-inspector" data-kind={annotation.kind}>
      <div className="annotation-inspector-head">
        <h2 className="inspector-heading" ref={heading} tabIndex={-1}>
          <span className={`tag-swatch tag-swatch-${annotation.kind}`} aria-hidden="true" /> {info.label}
        </h2>
        <button type="button" className="icon-button" title="Close (Esc)" aria-label="Close the annotation" onClick={() => tagging.select(null)}>
          <Icon name="close" size={16} />
        </button>
      </div>
      <blockquote className="annotation-exact">{annotation.span.exact}</blockquote>
      {annotation.anchor.state !== 'exact' ? (
        <p className="hint">
          {annotation.anchor.state === 'orphaned'
            ? 'This passage is no longer in the text, so it is not highlighted.'
            : 'The text around this passage changed; it was found again nearby.'}
        </p>
      ) : null}
      <KindFields annotation={annotation} save={save} focusFirst={focusFirst} />
      <TextField
        key={`note-${annotation.id}`}
        label={annotation.kind === 'comment' ? 'Comment' : 'Notes'}
        value={annotation.note}
        multiline
        placeholder={annotation.kind === 'comment' ? 'Your note on this passage' : 'Anything to remember about it'}
        onSave={(note) => save({ note })}
      />
      <p className="hint">{summarise(annotation, tagging.entitiesById)}</p>
      <AnnotationHistory annotationId={annotation.id} sourceId={annotation.sourceId} />
      <button type="button" className="button button-danger-quiet" onClick={() => void tagging.remove(annotation)}>
        <Icon name="trash" size={16} /> Remove {info.label.toLowerCase()}
      </button>
    </div>
  );
}

function KindFields({ annotation, save, focusFirst }: { annotation: Annotation; save(changes: AnnotationChanges): Promise<unknown>; focusFirst: boolean }) {
  switch (annotation.kind) {
    case 'mention':
      return (
        <EntityPicker
          label="Entity"
          value={annotation.entityId}
          initialQuery={annotation.entityId === null ? annotation.span.exact : ''}
          autoFocus={focusFirst && annotation.entityId === null}
          defaultType="organisation"
          onChange={(entityId) => void save({ entityId })}
        />
      );
    case 'quote': {
      const quote = annotation.quote!;
      return (
        <>
           <EntityPicker label="Speaker" value={quote.speakerId} autoFocus={focusFirst && quote.speakerId === null} onChange={(speakerId) => void save({ quote: { speakerId } })} />
          <DateField label="Said on" value={quote.saidOn} onSave={(saidOn) => save({ quote: { saidOn } })} />
          <TextField label="Channel" value={quote.channel} placeholder="letter to employees, all-hands call…" onSave={(channel) => save({ quote: { channel } })} />
          <TextField label="Addressed to" value={quote.addressedTo} placeholder="employees, the board…" onSave={(addressedTo) => save({ quote: { addressedTo } })} />
          <fieldset className="field choice-row">
            <legend className="field-label">Quoted</legend>
            <label>
              <input type="radio" name={`direct-${annotation.id}`} checked={quote.direct} onChange={() => void save({ quote: { direct: true } })} /> Directly
            </label>
            <label>
              <input type="radio" name={`direct-${annotation.id}`} checked={!quote.direct} onChange={() => void save({ quote: { direct: false } })} /> Paraphrased
            </label>
          </fieldset>
        </>
      );
    }
    case 'claim': {
      const claim = annotation.claim!;
      return (
        <>
          <EntityPicker label="Said or asserted by" value={claim.speakerId} onChange={(speakerId) => void save({ claim: { speakerId } })} />
          <label className="field">
            <span className="field-label">Status</span>
            <select value={claim.status} onChange={(event) => void save({ claim: { status: event.target.value as ClaimStatus } })}>
              {CLAIM_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {CLAIM_STATUS_LABELS[status]}
                </option>
              ))}
            </select>
          </label>
          <DateField label="Claimed on" value={claim.claimedOn} onSave={(claimedOn) => save({ claim: { claimedOn } })} />
        </>
      );
    }
    case 'event': {
      const event = annotation.event!;
      return (
        <>
          <TextField label="What happened" value={event.what} placeholder="Halden cancels the contract" onSave={(what) => save({ event: { what } })} />
          <DateField label="When (from)" value={event.startsOn} onSave={(startsOn) => save({ event: { startsOn } })} />
          <DateField label="Until (for a range)" value={event.endsOn} onSave={(endsOn) => save({ event: { endsOn } })} />
          <label className="choice-row">
            <input type="checkbox" checked={event.approximate} onChange={(change) => void save({ event: { approximate: change.target.checked } })} /> The date is approximate
          </label>
          <EventPeople ids={event.entityIds} onChange={(entityIds) => save({ event: { entityIds } })} />
        </>
      );
    }
    case 'comment':
      return null;
  }
}

function EventPeople({ ids, onChange }: { ids: number[]; onChange(ids: number[]): Promise<unknown> }) {
  const tagging = useTagging();
  return (
    <div className="field">
      <span className="field-label">Who was involved</span>
      <ul className="entity-chips">
        {ids.map((id) => (
          <li key={id}>
            <span className={`entity-chip entity-chip-${tagging.entitiesById.get(id)?.type ?? 'other'}`}>{tagging.entitiesById.get(id)?.name ?? `#${id}`}</span>
            <button type="button" className="icon-button" aria-label={`Remove ${tagging.entitiesById.get(id)?.name ?? 'entity'}`} onClick={() => void onChange(ids.filter((other) => other !== id))}>
              <Icon name="close" size={14} />
            </button>
          </li>
        ))}
      </ul>
      <EntityPicker label="Add someone or something" value={null} onChange={(id) => id !== null && !ids.includes(id) && void onChange([...ids, id])} />
    </div>
  );
}
