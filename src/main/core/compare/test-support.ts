import type Database from 'better-sqlite3';
import type { NewAnnotation } from '../../../shared/domain/annotation';
import type { EntityType } from '../../../shared/domain/entity';
import { createAnnotation } from '../annotations/annotation-repository';
import { migration0011 } from '../db/migrations/0011-comparisons';
import { createEntity } from '../entities/entity-repository';
import { investigationWith, spanOf } from '../entities/test-support';

/**
 * A fresh investigation of the given sources (markdown) with the comparison tables. Until
 * migration 11 is registered, it is applied here as opening a file would apply it; after, the
 * file already has it and this does nothing more.
 */
export async function compareInvestigation(...markdowns: string[]): Promise<{ db: Database.Database; sourceIds: number[] }> {
  const investigation = await investigationWith(...markdowns);
  const { db } = investigation;
  if ((db.pragma('user_version', { simple: true }) as number) < 11) {
    db.transaction(() => {
      migration0011.up(db);
      db.pragma('user_version = 11');
    })();
  }
  return investigation;
}

export function describeSource(db: Database.Database, sourceId: number, fields: { title?: string; outlet?: string | null; publishedDate?: string | null; url?: string | null }): void {
  const current = db.prepare('SELECT title, outlet, published_date AS publishedDate, url FROM source WHERE id = ?').get(sourceId) as Required<typeof fields>;
  const next = { ...current, ...fields };
  db.prepare('UPDATE source SET title = ?, outlet = ?, published_date = ?, url = ? WHERE id = ?').run(next.title, next.outlet, next.publishedDate, next.url, sourceId);
}

export const entity = (db: Database.Database, name: string, type: EntityType = 'person', extra: { money?: { amount: number; currency: string }; date?: string } = {}) =>
  createEntity(db, { name, type, ...(extra.money ? { money: extra.money } : {}), ...(extra.date ? { date: extra.date } : {}) }).id;

/** Tags the first occurrence of `exact` in a source (or the one after the `skip` first). */
export function tag(db: Database.Database, sourceId: number, exact: string, fields: Omit<NewAnnotation, 'sourceId' | 'span'>, skip = 0): number {
  return createAnnotation(db, { sourceId, span: skip === 0 ? spanOf(db, sourceId, exact) : nthSpan(db, sourceId, exact, skip), ...fields }).id;
}

function nthSpan(db: Database.Database, sourceId: number, exact: string, skip: number) {
  const text = db.prepare('SELECT canonical_text FROM source WHERE id = ?').pluck().get(sourceId) as string;
  let at = -1;
  for (let n = 0; n <= skip; n++) {
    at = text.indexOf(exact, at + 1);
    if (at < 0) throw new Error(`“${exact}” is not in source ${sourceId} ${skip + 1} times`);
  }
  const start = [...text.slice(0, at)].length;
  return { start, end: start + [...exact].length, exact, prefix: '', suffix: '' };
}

export const quote = (db: Database.Database, sourceId: number, exact: string, speakerId: number | null, extra: { saidOn?: string; channel?: string } = {}) =>
  tag(db, sourceId, exact, { kind: 'quote', quote: { speakerId, saidOn: extra.saidOn ?? null, channel: extra.channel ?? '' } });

export const mention = (db: Database.Database, sourceId: number, exact: string, entityId: number, skip = 0) => tag(db, sourceId, exact, { kind: 'mention', entityId }, skip);
