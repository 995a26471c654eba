import type { Entity, EntityType } from '../../../../shared/domain/entity';
import type { NewSuggestion, SuggestedEntity, SuggestionKind } from '../../../../shared/domain/suggestion';
import { indexText, spanAt } from '../../annotations/anchoring';
import { foldName } from '../../entities/fold-name';
import { findNameOccurrences } from '../../entities/name-occurrences';
import type { TextAnalysis } from '../analyze-text';
import type { DateReference } from '../dates/date-mention';
import { dateDetail, dateLabel, moneyLabel } from './describe';

export const ANALYZER = 'sourcebook-rules';
/** Raised when what the analyzers find changes, so a suggestion says which version made it. */
export const ANALYZER_VERSION = '1.0';

const TYPE_WORDS: Record<EntityType, string> = { person: 'A person', organisation: 'An organisation', place: 'A place', money: 'An amount', date: 'A date', other: 'A name' };
const QUOTE_HOW: Record<string, string> = {
  named: 'The speaker is named in the attribution.',
  pronoun: 'The attribution says “he”, “she” or “they”: the person named last before it.',
  role: 'The attribution names a body (“the company”, “a spokesperson for …”): the one named last.',
  continued: 'No attribution of its own: it continues the quote before it.',
  author: 'Said by “I”: the source’s author.',
  none: 'The text does not say who said it.',
};

interface Draft {
  kind: SuggestionKind;
  /** UTF-16 offsets: converted to code points with the rest. */
  start: number;
  end: number;
  label: string;
  detail: string;
  entity: SuggestedEntity | null;
  channel: string;
  event?: NewSuggestion['event'];
}

/** The registry, looked up by any name or alias (case and accents ignored) and, for amounts and dates, by value. */
class RegistryIndex {
  private readonly byName = new Map<string, Entity[]>();
  constructor(readonly entities: readonly Entity[]) {
    for (const entity of entities) for (const name of [entity.name, ...entity.aliases]) this.byName.set(foldName(name), [...(this.byName.get(foldName(name)) ?? []), entity]);
  }
  named(names: readonly string[], type: EntityType): Entity | null {
    for (const name of names) {
      const found = this.byName.get(foldName(name)) ?? [];
      const match = found.find((entity) => entity.type === type);
      if (match) return match;
    }
    return null;
  }
  money(amount: number, currency: string): Entity | null {
    return this.entities.find((entity) => entity.money?.amount === amount && entity.money.currency === currency) ?? null;
  }
  dated(label: string, value: string | null): Entity | null {
    return this.entities.find((entity) => entity.type === 'date' && ((value !== null && entity.date === value) || foldName(entity.name) === foldName(label))) ?? null;
  }
}

function suggestedEntity(found: { name: string; type: EntityType; aliases: readonly string[] }, registry: RegistryIndex): SuggestedEntity {
  const existing = registry.named([found.name, ...found.aliases], found.type);
  if (existing) return { name: existing.name, type: existing.type, aliases: [], existingId: existing.id, money: existing.money, date: existing.date };
  return { name: found.name, type: found.type, aliases: found.aliases.filter((alias) => foldName(alias) !== foldName(found.name)), existingId: null, money: null, date: null };
}

/**
 * Turns what the analyzers found in a source into suggestions for the reporter: each entity
 * mention, amount and date linked to the registry's entity when it has one (so what the
 * reporter tagged, merged and aliased before is used), every further place the registry's
 * names appear, and each quote with its speaker. Offsets become code points, with the
 * selectors an annotation stores.
 */
export function toSuggestions(text: string, analysis: TextAnalysis, registryEntities: readonly Entity[], reference: DateReference | null): NewSuggestion[] {
  const registry = new RegistryIndex(registryEntities);
  const drafts: Draft[] = [];

  for (const mention of analysis.mentions) {
    const found = analysis.entities[mention.entity]!;
    const entity = suggestedEntity(found, registry);
    const also = entity.aliases.length > 0 ? ` Also named here as ${entity.aliases.map((alias) => `“${alias}”`).join(', ')}.` : '';
    const detail = entity.existingId !== null ? `In the registry as ${entity.name}.` : `${TYPE_WORDS[entity.type]} named in this source.${also}`;
    drafts.push({ kind: entity.type as SuggestionKind, start: mention.start, end: mention.end, label: entity.name, detail, entity, channel: '' });
  }

  const indexed = indexText(text);
  for (const occurrence of findNameOccurrences(text, registryNames(registryEntities))) {
    const entity = occurrence.value;
    const start = indexed.codePoints.toUnit(occurrence.start);
    const end = indexed.codePoints.toUnit(occurrence.end);
    // A surname alone is a name only where it is written as one.
    if (!/^\p{Lu}/u.test(text.slice(start, end))) continue;
    drafts.push({
      kind: entity.type as SuggestionKind,
      start,
      end,
      label: entity.name,
      detail: `In the registry as ${entity.name}.`,
      entity: { name: entity.name, type: entity.type, aliases: [], existingId: entity.id, money: null, date: null },
      channel: '',
    });
  }

  for (const amount of analysis.money) {
    const label = moneyLabel(amount.amount, amount.currency);
    const existing = registry.money(amount.amount, amount.currency);
    drafts.push({
      kind: 'money',
      start: amount.start,
      end: amount.end,
      label,
      detail: amount.currencyNote ? `${amount.currencyNote}.` : '',
      entity: { name: existing?.name ?? label, type: 'money', aliases: [], existingId: existing?.id ?? null, money: { amount: amount.amount, currency: amount.currency }, date: null },
      channel: '',
    });
  }

  for (const date of analysis.dates) {
    const label = dateLabel(date.date);
    const value = date.date.precision === 'range' ? null : date.date.value;
    const existing = registry.dated(label, value);
    drafts.push({
      kind: 'date',
      start: date.start,
      end: date.end,
      label,
      detail: dateDetail(date, reference),
      entity: { name: existing?.name ?? label, type: 'date', aliases: [], existingId: existing?.id ?? null, money: null, date: value },
      channel: '',
    });
  }

  for (const quote of analysis.quotes) {
    const speaker = quote.speaker === null ? null : suggestedEntity(analysis.entities[quote.speaker]!, registry);
    drafts.push({
      kind: 'quote',
      start: quote.start,
      end: quote.end,
      label: speaker ? `Said by ${speaker.name}` : 'Speaker not found',
      detail: `${QUOTE_HOW[quote.how]}${quote.channel ? ` Said in or to: ${quote.channel}.` : ''}`,
      entity: speaker,
      channel: quote.channel,
    });
  }

  for (const event of analysis.events) {
    const date = event.date.date;
    const involved = event.entities.map((index) => suggestedEntity(analysis.entities[index]!, registry));
    drafts.push({
      kind: 'event',
      start: event.start,
      end: event.end,
      label: `${dateLabel(date)}: ${involved[0]!.name}`,
      detail: `A dated sentence about ${involved.map((entity) => entity.name).join(', ')}. ${dateDetail(event.date, reference)}`.trim(),
      entity: null,
      channel: '',
      event: {
        what: event.text.slice(0, 2000),
        startsOn: date.precision === 'range' ? date.start : date.value,
        endsOn: date.precision === 'range' ? date.end : null,
        approximate: event.date.approximate,
        entities: involved,
      },
    });
  }

  return withoutOverlaps(drafts).map((draft) => {
    const span = spanAt(indexed, indexed.codePoints.toCodePoint(draft.start), indexed.codePoints.toCodePoint(draft.end));
    return {
      sourceId: 0,
      kind: draft.kind,
      span,
      label: draft.label,
      detail: draft.detail,
      entity: draft.entity,
      channel: draft.channel,
      event: draft.event ?? null,
      analyzer: ANALYZER,
      analyzerVersion: ANALYZER_VERSION,
      fingerprint: `${draft.kind}|${span.start}|${span.end}|${foldName(draft.label)}`,
    };
  });
}

/**
 * Every name the registry knows each person, organisation and place by: names, aliases, and a
 * person's surname ("Okafor" for "Adaeze Okafor"), unless two people share it.
 */
function registryNames(entities: readonly Entity[]): Map<string, Entity> {
  const names = new Map<string, Entity>();
  const surnames = new Map<string, Entity | null>();
  for (const entity of entities) {
    if (entity.type !== 'person' && entity.type !== 'organisation' && entity.type !== 'place') continue;
    for (const name of [entity.name, ...entity.aliases]) names.set(name, entity);
    const words = entity.name.split(/\s+/);
    if (entity.type === 'person' && words.length >= 2) {
      const surname = words.at(-1)!;
      surnames.set(surname, surnames.has(surname) && surnames.get(surname)?.id !== entity.id ? null : entity);
    }
  }
  for (const [surname, entity] of surnames) if (entity && !names.has(surname)) names.set(surname, entity);
  return names;
}

/** One suggestion per place and kind family: mentions may not overlap mentions; quotes and events hold them freely. Longer wins. */
function withoutOverlaps(drafts: readonly Draft[]): Draft[] {
  const kept = { mention: [] as Draft[], quote: [] as Draft[], event: [] as Draft[] };
  const ranked = [...drafts].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  for (const draft of ranked) {
    // Kept spans of a family never overlap, so sorted by start their neighbours are all that can.
    const family = kept[draft.kind === 'quote' || draft.kind === 'event' ? draft.kind : 'mention'];
    let low = 0;
    let high = family.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (family[middle]!.start < draft.start) low = middle + 1;
      else high = middle;
    }
    const before = family[low - 1];
    const after = family[low];
    if ((before && before.end > draft.start) || (after && after.start < draft.end)) continue;
    family.splice(low, 0, draft);
  }
  return [...kept.mention, ...kept.quote, ...kept.event].sort((a, b) => a.start - b.start || a.end - b.end);
}
