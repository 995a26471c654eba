import { describe, expect, it } from 'vitest';
import { describeAuditRecord, type AuditRecord } from './history-lines';

const record = (action: string, before: unknown, after: unknown): AuditRecord => ({ at: '2026-03-12T10:00:00.000Z', actor: 'dana', action, before, after });
const entity = (fields: object) => ({ name: 'Halden Systems', type: 'organisation', aliases: [], description: '', money: null, date: null, mentionCount: 0, ...fields });
const names = new Map([[4, 'Halden']]);
const nameOf = (id: number) => names.get(id) ?? null;

describe('describeAuditRecord', () => {
  it('lists only the fields an edit changed, before and after as read on screen', () => {
    const line = describeAuditRecord(
      record('update', entity({ aliases: ['HSL'] }), entity({ name: 'Halden Systems Ltd', type: 'place', aliases: ['HSL', 'Halden'], mentionCount: 3 })),
      nameOf,
    );
    expect(line.summary).toBe('Edited');
    expect(line.changes).toEqual([
      { field: 'Name', before: 'Halden Systems', after: 'Halden Systems Ltd' },
      { field: 'Type', before: 'Organisation', after: 'Place' },
      { field: 'Aliases', before: 'HSL', after: 'HSL, Halden' },
    ]);
  });

  it('shortens a long description', () => {
    const line = describeAuditRecord(record('update', entity({}), entity({ description: 'x'.repeat(500) })), nameOf);
    expect(line.changes[0]!.after).toHaveLength(120);
    expect(line.changes[0]!.after.endsWith('…')).toBe(true);
  });

  it('says what a merge did, naming the entities involved', () => {
    const merge = describeAuditRecord(
      record('merge', { into: entity({}), merged: entity({ name: 'Halden' }) }, { entity: entity({ aliases: ['Halden'] }), mergeId: 1 }),
      nameOf,
    );
    expect(merge).toEqual({ summary: 'Merged “Halden” into this one', changes: [{ field: 'Aliases', before: '', after: 'Halden' }], showsBefore: true });
    expect(describeAuditRecord(record('merged-into', null, { intoId: 9, mergeId: 1 }), nameOf).summary).toBe('Merged into “entity #9”');
    expect(describeAuditRecord(record('undo-merge', null, { mergeId: 1, restoredId: 4 }), nameOf).summary).toBe('Undid the merge of “Halden”');
  });

  it('describes a creation by its type and first values', () => {
    const line = describeAuditRecord(record('create', null, entity({ aliases: ['HSL'] })), nameOf);
    expect(line.summary).toBe('Created as organisation');
    expect(line.changes.map((change) => change.field)).toEqual(['Name', 'Type', 'Aliases']);
    expect(line.showsBefore).toBe(false);
  });

  it('keeps an unknown action readable rather than dropping it', () => {
    expect(describeAuditRecord(record('archive', null, null), nameOf)).toEqual({ summary: 'archive', changes: [], showsBefore: true });
  });
});
