import type Database from 'better-sqlite3';
import type { Annotation } from '../../../shared/domain/annotation';
import type { StatementView } from '../../../shared/domain/comparison';
import { annotationsWhere } from '../annotations/annotation-repository';
import { findCommonTags, type CommonTag } from './common-tags';
import type { CompareContext } from './compare-context';
import type { Statement } from './statement';
import { tagStatements } from './statement-tags';
import { buildTermWeights, type TermWeights } from './tf-idf';
import { terms } from './tokenize';

/** A statement as the view shows it, and as the alignment takes it. */
export interface LoadedStatement {
  view: StatementView;
  statement: Statement;
  /** The speaker after merges. */
  speakerId: number | null;
}

export interface InvestigationStatements {
  all: LoadedStatement[];
  byId: Map<number, LoadedStatement>;
  /** Tags left out of the pairing (see findCommonTags). */
  commonTags: CommonTag[];
  tagNames: ReadonlyMap<string, string>;
  /** Document frequencies over every statement read, not just those in the columns. */
  termWeights: TermWeights;
}

/**
 * Every quote of the investigation (and every claim, when claims are included), with what the
 * Compare view shows under each and the tags it is aligned by. A statement's date is the day it
 * was said, else its source's publication date (and says so).
 */
export function readInvestigationStatements(db: Database.Database, context: CompareContext, includeClaims: boolean): InvestigationStatements {
  const annotations = annotationsWhere(db, `WHERE a.kind IN (${includeClaims ? "'quote', 'claim'" : "'quote'"}) ORDER BY a.id`);
  const { tagsOf, names } = tagStatements(db, context, annotations);
  const commonTags = findCommonTags(tagsOf);
  const common = new Set(commonTags.map((tag) => tag.key));
  const all = annotations.map((annotation) => load(context, annotation, (tagsOf.get(annotation.id) ?? []).filter((key) => !common.has(key)), names));
  return {
    all,
    byId: new Map(all.map((loaded) => [loaded.view.id, loaded])),
    commonTags,
    tagNames: names,
    termWeights: buildTermWeights(all.map(({ statement }) => terms(statement.text))),
  };
}

function load(context: CompareContext, annotation: Annotation, tags: string[], names: ReadonlyMap<string, string>): LoadedStatement {
  const fields = annotation.quote ?? annotation.claim;
  const saidOn = annotation.quote?.saidOn ?? annotation.claim?.claimedOn ?? null;
  const source = context.sources.get(annotation.sourceId) ?? { id: annotation.sourceId, title: 'Untitled source', outlet: null, publishedDate: null, url: null };
  const speaker = fields?.speakerId != null ? context.entity(fields.speakerId) : undefined;
  const date = saidOn ?? source.publishedDate;
  return {
    view: {
      id: annotation.id,
      kind: annotation.kind === 'claim' ? 'claim' : 'quote',
      text: annotation.span.exact,
      date,
      dateFromSource: saidOn === null && date !== null,
      channel: annotation.quote?.channel ?? '',
      speaker: speaker ? { id: speaker.id, name: speaker.name } : null,
      source,
      tags: tags.map((key) => ({ key, name: names.get(key) ?? key })),
    },
    statement: { id: annotation.id, text: annotation.span.exact, date, speakerId: speaker?.id ?? null, sourceId: annotation.sourceId, tags },
    speakerId: speaker?.id ?? null,
  };
}
