import type { Annotation } from '../../../../shared/domain/annotation';
import type { Entity, EntityId } from '../../../../shared/domain/entity';

/** Where an entity appears: tagged as itself, as a quote's speaker, a claim's, or in an event. */
export interface Appearances {
  mentions: Annotation[];
  quotes: Annotation[];
  claims: Annotation[];
  events: Annotation[];
}

/** Picks, from annotations in reading order, those that point at the entity, each in its role. */
export function appearancesOf(entityId: EntityId, annotations: readonly Annotation[]): Appearances {
  return {
    mentions: annotations.filter((annotation) => annotation.entityId === entityId),
    quotes: annotations.filter((annotation) => annotation.quote?.speakerId === entityId),
    claims: annotations.filter((annotation) => annotation.claim?.speakerId === entityId),
    events: annotations.filter((annotation) => annotation.event?.entityIds.includes(entityId) ?? false),
  };
}

export interface SourceGroup {
  sourceId: number;
  title: string;
  annotations: Annotation[];
}

/** Consecutive annotations of one source under one heading, sources in the order given. */
export function groupBySource(annotations: readonly Annotation[], titleOf: (sourceId: number) => string): SourceGroup[] {
  const groups: SourceGroup[] = [];
  for (const annotation of annotations) {
    const last = groups.at(-1);
    if (last && last.sourceId === annotation.sourceId) last.annotations.push(annotation);
    else groups.push({ sourceId: annotation.sourceId, title: titleOf(annotation.sourceId), annotations: [annotation] });
  }
  return groups;
}

function counted(count: number, one: string, many: string): string | null {
  if (count === 0) return null;
  return `${count} ${count === 1 ? one : many}`;
}

function listed(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/**
 * What a merge will move, in words, for its confirmation: the counts of each kind, and the
 * names that become aliases of the entity merged into (those it does not know already).
 */
export function describeMerge(
  merged: Pick<Entity, 'name' | 'aliases'>,
  into: Pick<Entity, 'name' | 'aliases'>,
  appearances: Appearances,
): { moves: string; aliases: string[] } {
  const parts = [
    counted(appearances.mentions.length, 'mention', 'mentions'),
    counted(appearances.quotes.length, 'quote said', 'quotes said'),
    counted(appearances.claims.length, 'claim made', 'claims made'),
    counted(appearances.events.length, 'event', 'events'),
  ].filter((part): part is string => part !== null);
  const known = new Set([into.name, ...into.aliases].map((name) => name.toLowerCase()));
  const aliases = [...new Set([merged.name, ...merged.aliases])].filter((name) => !known.has(name.toLowerCase()));
  const moves = parts.length === 0 ? `Nothing is tagged as “${merged.name}” yet.` : `${listed(parts)} move to “${into.name}”.`;
  return { moves: moves.charAt(0).toUpperCase() + moves.slice(1), aliases };
}

/** "3 mentions · 1 quote · 2 claims": mentions always, the other roles where there are some. */
export function tallyAppearances(appearances: Appearances): string {
  return [
    `${appearances.mentions.length} ${appearances.mentions.length === 1 ? 'mention' : 'mentions'}`,
    counted(appearances.quotes.length, 'quote', 'quotes'),
    counted(appearances.claims.length, 'claim', 'claims'),
    counted(appearances.events.length, 'event', 'events'),
  ]
    .filter(Boolean)
    .join(' · ');
}
