import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { closeInvestigationDatabase, openInvestigationDatabase } from '../src/main/core/db';
import { createEntity } from '../src/main/core/entities/entity-repository';
import { printWithHeadlessChromium } from '../src/main/core/export/pdf/headless-chromium';
import { anchorAll } from '../src/main/core/annotations/anchoring';
import { readExportData } from '../src/main/core/fact-check/export/export-data';
import { exportFactCheckFile } from '../src/main/core/fact-check/export/export-file';
import { listFactChecks } from '../src/main/core/fact-check/read-fact-checks';
import { insertSource } from '../src/main/core/sources/source-repository';
import type { FactCheckExportFormat } from '../src/shared/domain/fact-check';
import { figure, measure, type BenchGroup, type Figure } from './harness';

const CLAIMS = 5_000;
const SOURCES = 20;
const STATUSES = ['unchecked', 'in-progress', 'verified', 'false', 'misleading', 'unverifiable'] as const;

/** A sentence per claim, with words from several scripts, so every writer escapes and encodes real text. */
function sentence(index: number): string {
  return `Claim ${index}: the Zürich plant of Škoda shipped ${1000 + index} cars to 北京 in 2025 🚀, the company said.`;
}

/**
 * 5,000 claims over 20 sources, each tagged on its own sentence (positions in code points, as
 * the app stores them), with a speaker, a status, a rating for most, a checker, notes and two
 * pieces of evidence. Written with plain inserts: the bench measures exports, not tagging.
 */
function fillInvestigation(db: Database.Database): void {
  const speakers = Array.from({ length: 50 }, (_, i) => createEntity(db, { name: `Speaker ${i + 1}`, type: i % 2 ? 'person' : 'organisation' }).id);
  const ratings = db.prepare('SELECT id FROM fact_check_rating ORDER BY position').pluck().all() as number[];
  const now = '2026-03-16T12:00:00.000Z';
  db.transaction(() => {
    const perSource = CLAIMS / SOURCES;
    const annotation = db.prepare(
      `INSERT INTO annotation (source_id, kind, start, end, exact, prefix, suffix, created_at, updated_at) VALUES (?, 'claim', ?, ?, ?, ?, ?, ?, ?)`,
    );
    const claim = db.prepare('INSERT INTO claim (annotation_id, speaker_id, status, claimed_on) VALUES (?, ?, ?, ?)');
    const check = db.prepare('INSERT INTO claim_check (claim_id, rating_id, method, checker, checked_on, notes, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const evidence = db.prepare('INSERT INTO claim_evidence (claim_id, kind, source_id, url, text, cited, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (let s = 0; s < SOURCES; s++) {
      const sentences = Array.from({ length: perSource }, (_, i) => sentence(s * perSource + i + 1));
      const text = sentences.join(' ');
      const sourceId = insertSource(db, {
        title: `Report ${s + 1} on Škoda in Zürich`,
        outlet: `Outlet ${s % 5}`,
        publishedDate: '2026-03-12',
        url: `https://news.example/report-${s + 1}?lang=de&page=1`,
        mimeType: 'text/plain',
        original: Buffer.from(text),
        canonicalText: text,
        structure: [],
      });
      let offset = 0;
      sentences.forEach((words, i) => {
        const n = s * perSource + i;
        const length = [...words].length;
        const id = Number(annotation.run(sourceId, offset, offset + length, words, '', '', now, now).lastInsertRowid);
        claim.run(id, speakers[n % speakers.length], STATUSES[n % STATUSES.length], '2026-03');
        if (n % 4 !== 3) check.run(id, ratings[n % ratings.length], n % 2 ? 'primary' : 'secondary', 'Jiří Novák', '2026-03-14', `Checked against the annual report, p. ${n % 300}.\nSee also the customs data.`, now);
        evidence.run(id, 'url', null, `https://evidence.example/${n}`, '', `https://evidence.example/${n}`, now);
        evidence.run(id, 'source', sourceId, null, 'The report itself.', `Report ${s + 1}`, now);
        offset += length + 1;
      });
    }
  })();
}

const FORMATS: Array<[FactCheckExportFormat, string, number | null]> = [
  ['csv', 'CSV', null],
  ['xlsx', 'XLSX', 2000],
  ['docx', 'DOCX', null],
  ['markdown', 'Markdown', null],
  ['claimreview', 'ClaimReview JSON-LD', null],
  ['pdf', 'PDF (headless Chromium)', null],
];

/**
 * The sheet listed, and exports of the fact-check sheet with 5,000 claims, each format from the database to the
 * file's content, as `factCheck.export` does. Floor: reading the same claims and serializing
 * them to JSON, the least any export does.
 */
export const factCheckBench: BenchGroup = {
  name: 'fact-check',
  description: 'export 5,000 claims to CSV, XLSX, DOCX, Markdown, ClaimReview and PDF',
  async run() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-bench-factcheck-'));
    try {
      const { db } = await openInvestigationDatabase(path.join(dir, 'Fact-check.sourcebook'), { mode: 'create' });
      try {
        fillInvestigation(db);
        // The sheet itself, as factCheck.list reads it (each claim placed in its source's text),
        // against the raw query of the same rows.
        const rawRows = await measure(
          () => void db.prepare('SELECT * FROM claim c JOIN annotation a ON a.id = c.annotation_id LEFT JOIN claim_check k ON k.claim_id = c.annotation_id').all(),
          5,
        );
        const listing = await measure(() => void listFactChecks(db, { anchorAll }), 5);
        const figures: Figure[] = [figure({ name: `list the sheet of ${CLAIMS.toLocaleString('en')} claims`, value: listing, floor: rawRows, floorName: 'raw SQLite query', target: null })];
        const floor = await measure(() => void JSON.stringify(readExportData(db).checks), 5);
        for (const [format, label, target] of FORMATS) {
          // Printing a thousand-page PDF takes a browser seconds: measured once, not seven times.
          const runs = format === 'pdf' ? 1 : 5;
          const value = await measure(async () => void (await exportFactCheckFile(readExportData(db), format, printWithHeadlessChromium)), runs, format === 'pdf' ? 0 : 1);
          figures.push(figure({ name: `export ${CLAIMS.toLocaleString('en')} claims: ${label}`, value, floor, floorName: 'same claims read + JSON', target }));
        }
        return figures;
      } finally {
        closeInvestigationDatabase(db);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
};
