import type Database from 'better-sqlite3';
import { compareInvestigation, describeSource, entity, mention, quote } from './test-support';

export const LEDGER = `Halden Systems ended a pilot on Wednesday.

“We ended the Fenwick pilot because the ministry’s budget for it was only $500,000,” said Per Lindqvist, the chief executive.

“Our engineers will move to the new rail project next spring,” Lindqvist added.`;

export const WIRE = `“We kept the Fenwick contract because the ministry’s budget for it is now $1.5 million,” said Dana Okafor, who now leads Halden Systems.

“Rail signalling is where our engineers belong next spring,” Okafor said at a briefing.`;

/**
 * Two chief executives of one company, six years apart, in two sources: each explains the
 * Fenwick contract (tagged in both quotes) and where the engineers go next (no tag, similar words).
 */
export async function twoSpeakers(): Promise<{
  db: Database.Database;
  ledger: number;
  wire: number;
  lindqvist: number;
  okafor: number;
  fenwick: number;
  quotes: { budget2020: number; engineers2020: number; budget2026: number; engineers2026: number };
}> {
  const { db, sourceIds } = await compareInvestigation(LEDGER, WIRE);
  const [ledger, wire] = sourceIds as [number, number];
  describeSource(db, ledger, { title: 'Halden ends Fenwick pilot', outlet: 'The Ledger', publishedDate: '2020-09-17', url: 'https://ledger.example/fenwick' });
  describeSource(db, wire, { title: 'Halden keeps Fenwick', outlet: 'Wire', publishedDate: '2026-03-12', url: null });
  const lindqvist = entity(db, 'Per Lindqvist');
  const okafor = entity(db, 'Dana Okafor');
  const fenwick = entity(db, 'Fenwick contract', 'other');
  const quotes = {
    budget2020: quote(db, ledger, 'We ended the Fenwick pilot because the ministry’s budget for it was only $500,000', lindqvist),
    engineers2020: quote(db, ledger, 'Our engineers will move to the new rail project next spring', lindqvist),
    budget2026: quote(db, wire, 'We kept the Fenwick contract because the ministry’s budget for it is now $1.5 million', okafor, { saidOn: '2026-03-10', channel: 'press conference' }),
    engineers2026: quote(db, wire, 'Rail signalling is where our engineers belong next spring', okafor, { saidOn: '2026-03-10', channel: 'briefing' }),
  };
  mention(db, ledger, 'Fenwick', fenwick);
  mention(db, wire, 'Fenwick', fenwick);
  return { db, ledger, wire, lindqvist, okafor, fenwick, quotes };
}
