import type { EntityType } from '../../../../shared/domain/entity';
import type { SuggestedEntity, Suggestion, SuggestionEdits } from '../../../../shared/domain/suggestion';
import { foldForSearch } from '../sources/source-list-order';

export interface EditDraft {
  /** An entity of the registry it should link to instead; null to describe one by name and type. */
  existingId: number | null;
  name: string;
  type: EntityType;
  channel: string;
}

export function draftOf(suggestion: Suggestion): EditDraft {
  const entity = suggestion.entity;
  return {
    existingId: entity?.existingId ?? null,
    name: entity?.name ?? '',
    type: entity?.type ?? (suggestion.kind === 'quote' || suggestion.kind === 'event' ? 'person' : suggestion.kind),
    channel: suggestion.channel,
  };
}

/**
 * The corrections to send with the acceptance. A registry entity is linked by id; a renamed or
 * retyped one is a new entity without the names the analysis saw (they were another's); an empty
 * name leaves the mention unlinked, or the quote without a speaker.
 */
export function editsOf(suggestion: Suggestion, draft: EditDraft, registryEntity: (id: number) => { name: string; type: EntityType } | undefined): SuggestionEdits {
  const original = suggestion.entity;
  const name = draft.name.trim();
  let entity: SuggestedEntity | null;
  const linked = draft.existingId !== null ? registryEntity(draft.existingId) : undefined;
  if (draft.existingId !== null && linked) {
    entity = { name: linked.name, type: linked.type, aliases: [], existingId: draft.existingId, money: null, date: null };
  } else if (name === '') {
    entity = null;
  } else {
    const sameType = original?.type === draft.type;
    const sameName = sameType && original !== null && foldForSearch(original.name) === foldForSearch(name);
    entity = {
      name,
      type: draft.type,
      aliases: sameName ? original.aliases : [],
      existingId: null,
      money: sameType ? (original?.money ?? null) : null,
      date: sameType ? (original?.date ?? null) : null,
    };
  }
  return suggestion.kind === 'quote' ? { entity, channel: draft.channel.trim() } : { entity };
}
