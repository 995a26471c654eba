import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../db/test-support';
import { fileNameFor, suggestFreePath, withInvestigationExtension } from './file-names';

let dir: string;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('file names for investigations', () => {
  it('keeps the name readable and drops what file systems forbid', () => {
    expect(fileNameFor('Border contract: Halden / FBIA?')).toBe('Border contract Halden FBIA');
    expect(fileNameFor('  ..Leaks.. ')).toBe('Leaks');
    expect(fileNameFor('CON')).toBe('CON investigation');
    expect(fileNameFor('***')).toBe('Untitled investigation');
    expect([...fileNameFor('é'.repeat(300))]).toHaveLength(80);
  });

  it('adds .sourcebook only when missing', () => {
    expect(withInvestigationExtension('/a/Story')).toBe('/a/Story.sourcebook');
    expect(withInvestigationExtension('/a/Story.SOURCEBOOK')).toBe('/a/Story.SOURCEBOOK');
    expect(withInvestigationExtension('/a/v1.2')).toBe('/a/v1.2.sourcebook');
  });

  it('numbers the suggestion when the name is taken, even by a leftover journal', () => {
    expect(suggestFreePath(dir, 'Story')).toBe(path.join(dir, 'Story.sourcebook'));
    fs.writeFileSync(path.join(dir, 'Story.sourcebook'), '');
    fs.writeFileSync(path.join(dir, 'Story (2).sourcebook-wal'), '');
    expect(suggestFreePath(dir, 'Story')).toBe(path.join(dir, 'Story (3).sourcebook'));
  });
});
