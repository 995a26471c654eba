import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { onTestFinished } from 'vitest';
import { closeInvestigationDatabase, openInvestigationDatabase } from '../db';
import { makeTempDir } from '../db/test-support';
import { insertSource } from '../sources/source-repository';
import { structureMarkdown } from '../sources/import/text/markdown-structure';

/** A fresh investigation holding the given sources (markdown), closed when the test ends. */
export async function investigationWith(...markdowns: string[]): Promise<{ db: Database.Database; sourceIds: number[] }> {
  const dir = makeTempDir();
  const { db } = await openInvestigationDatabase(path.join(dir, 'Story.sourcebook'), { mode: 'create' });
  onTestFinished(() => {
    closeInvestigationDatabase(db);
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const sourceIds = markdowns.map((markdown, index) => {
    const { text, blocks } = structureMarkdown(markdown);
    return insertSource(db, {
      title: `Source ${index + 1}`,
      mimeType: 'text/markdown',
      original: Buffer.from(markdown),
      canonicalText: text,
      structure: blocks,
    });
  });
  return { db, sourceIds };
}

/** The code-point range of the first occurrence of `exact` in a source's text. */
export function spanOf(db: Database.Database, sourceId: number, exact: string): { start: number; end: number; exact: string; prefix: string; suffix: string } {
  const text = db.prepare('SELECT canonical_text FROM source WHERE id = ?').pluck().get(sourceId) as string;
  const unitIndex = text.indexOf(exact);
  if (unitIndex < 0) throw new Error(`“${exact}” is not in source ${sourceId}`);
  const start = [...text.slice(0, unitIndex)].length;
  return { start, end: start + [...exact].length, exact, prefix: '', suffix: '' };
}
