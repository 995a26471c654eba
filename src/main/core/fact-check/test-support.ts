import type Database from 'better-sqlite3';
import { createAnnotation } from '../annotations/annotation-repository';
import { createEntity } from '../entities/entity-repository';
import { investigationWith, spanOf } from '../entities/test-support';
import { updateFactCheck } from './update-check';
import { addEvidence } from './evidence';

/**
 * Two sources in which a reporter tagged claims, with words from several scripts and an emoji
 * (every export must carry them unharmed), and claims whose words begin like a spreadsheet
 * formula (every spreadsheet export must neutralize them).
 */
export const REPORT =
  'Škoda said its Zürich plant doubled output in 2025. The ministry in 北京 says exports rose 40% 🚀 last year. =HYPERLINK("http://evil.example","click") was printed in the annex. -5% is the figure the union gives.';
export const LETTER = 'The plant’s output “grew by half”, according to a letter from the works council. Exports to China fell, customs data show.';

export async function factCheckStory(): Promise<{
  db: Database.Database;
  report: number;
  letter: number;
  claims: { doubled: number; exports: number; formula: number; minus: number; grew: number };
  skoda: number;
  evidenceQuote: number;
}> {
  const { db, sourceIds } = await investigationWith(REPORT, LETTER);
  const [report, letter] = sourceIds as [number, number];
  db.prepare("UPDATE source SET title = 'Škoda in Zürich', outlet = 'The Ledger', published_date = '2026-03-12', url = 'https://ledger.example/skoda?a=1&b=2', authors = '[\"Ana Müller\"]' WHERE id = ?").run(report);
  db.prepare("UPDATE source SET title = 'Letter from the works council', published_date = '2026-02' WHERE id = ?").run(letter);
  const skoda = createEntity(db, { name: 'Škoda Auto', type: 'organisation' }).id;
  const ministry = createEntity(db, { name: '北京 ministry of commerce', type: 'organisation' }).id;
  const claim = (sourceId: number, exact: string, speakerId: number | null, claimedOn: string | null = null) =>
    createAnnotation(db, { sourceId, kind: 'claim', span: spanOf(db, sourceId, exact), claim: { speakerId, claimedOn } }, '2026-03-13T09:00:00.000Z').id;
  const claims = {
    doubled: claim(report, 'its Zürich plant doubled output in 2025', skoda, '2026-03-12'),
    exports: claim(report, 'exports rose 40% 🚀 last year', ministry),
    formula: claim(report, '=HYPERLINK("http://evil.example","click")', null),
    minus: claim(report, '-5% is the figure the union gives', null),
    grew: claim(letter, 'The plant’s output “grew by half”', null),
  };
  const evidenceQuote = createAnnotation(db, { sourceId: letter, kind: 'quote', span: spanOf(db, letter, 'Exports to China fell, customs data show') }, '2026-03-13T09:00:00.000Z').id;
  return { db, report, letter, claims, skoda, evidenceQuote };
}

/** The story with checks done: verdicts, ratings, evidence of every kind, notes across lines. */
export async function checkedStory() {
  const story = await factCheckStory();
  const { db, claims, letter, evidenceQuote } = story;
  const rating = (label: string) => db.prepare('SELECT id FROM fact_check_rating WHERE label = ?').pluck().get(label) as number;
  const at = '2026-03-14T10:00:00.000Z';
  updateFactCheck(db, claims.doubled, { status: 'misleading', ratingId: rating('Half true'), method: 'primary', checker: 'Jiří Novák', checkedOn: '2026-03-14', notes: 'Output rose 48%, not 100%.\nSee the annual report, p. 12.' }, at);
  addEvidence(db, claims.doubled, { kind: 'source', sourceId: letter, text: 'The works council says “by half”.' }, at);
  addEvidence(db, claims.doubled, { kind: 'url', url: 'https://skoda.example/annual-report-2025.pdf' }, at);
  updateFactCheck(db, claims.exports, { status: 'false', ratingId: rating('False'), method: 'secondary', checker: 'Li Wei 李伟', checkedOn: '2026-03-15' }, at);
  addEvidence(db, claims.exports, { kind: 'annotation', annotationId: evidenceQuote }, at);
  addEvidence(db, claims.exports, { kind: 'text', text: '=cmd|"/c calc"!A1 — called customs in 北京 🚀' }, at);
  updateFactCheck(db, claims.formula, { status: 'in-progress', checker: '@checker', notes: '+1 to follow up' }, at);
  return story;
}
