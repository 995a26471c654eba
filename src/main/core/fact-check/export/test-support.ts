import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { checkedStory } from '../test-support';
import { readExportData, type FactCheckExportData } from './export-data';

/** The checked story as every export test reads it, exported at a fixed time so the files do not change. */
export async function exportFixture(claimIds?: number[]): Promise<FactCheckExportData & { story: Awaited<ReturnType<typeof checkedStory>> }> {
  const story = await checkedStory();
  return { ...readExportData(story.db, { now: new Date('2026-03-16T12:00:00.000Z'), ...(claimIds ? { claimIds } : {}) }), story };
}

const GOLDEN_DIR = path.join(__dirname, 'golden');

/**
 * Compares with the golden file of that name; UPDATE_GOLDEN=1 rewrites it instead (then
 * read the diff before committing: the golden files are what a newsroom receives).
 */
export function expectGolden(name: string, actual: string): void {
  const file = path.join(GOLDEN_DIR, name);
  if (process.env.UPDATE_GOLDEN === '1' || !fs.existsSync(file)) {
    if (process.env.CI) throw new Error(`The golden file ${name} is missing; run the tests with UPDATE_GOLDEN=1 and commit it.`);
    fs.writeFileSync(file, actual);
  }
  expect(actual).toBe(fs.readFileSync(file, 'utf8'));
}

export const NON_LATIN = ['Zürich', '北京', 'Škoda', '🚀'] as const;
