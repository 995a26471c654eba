import { describe, expect, it } from 'vitest';
import { listFactChecks } from './read-fact-checks';
import { listScale, scaleHistory, updateScale } from './rating-scale';
import { factCheckStory } from './test-support';
import { updateFactCheck } from './update-check';

describe('the rating scale', () => {
  it('renames, reorders, adds and removes ratings; rated claims follow a rename', async () => {
    const { db, claims } = await factCheckStory();
    const [trueR, mostlyTrue, halfTrue, mostlyFalse, falseR] = listScale(db);
    updateFactCheck(db, claims.doubled, { ratingId: mostlyTrue!.id });
    const after = updateScale(db, [
      { id: falseR!.id, label: 'Pants on fire 🔥' },
      { id: mostlyTrue!.id, label: 'Largely true' },
      { id: trueR!.id, label: 'True' },
      { label: 'Needs context' },
      { id: halfTrue!.id, label: 'Mostly true' },
    ]);
    expect(after.map((r) => [r.label, r.position])).toEqual([
      ['Pants on fire 🔥', 0], ['Largely true', 1], ['True', 2], ['Needs context', 3], ['Mostly true', 4],
    ]);
    expect(after.some((r) => r.id === mostlyFalse!.id)).toBe(false);
    expect(listFactChecks(db, { claimIds: [claims.doubled] })[0]!.rating?.label).toBe('Largely true');
    const history = scaleHistory(db);
    expect(history).toHaveLength(1);
    expect((history[0]!.before as Array<{ label: string }>).map((r) => r.label)).toEqual(['True', 'Mostly true', 'Half true', 'Mostly false', 'False']);
    expect((history[0]!.after as Array<{ label: string }>).map((r) => r.label)).toEqual(after.map((r) => r.label));
  });

  it('will not remove a rating claims still have, and says which claims', async () => {
    const { db, claims } = await factCheckStory();
    const scale = listScale(db);
    updateFactCheck(db, claims.grew, { ratingId: scale[4]!.id });
    expect(() => updateScale(db, scale.slice(0, 4))).toThrow(`“False” cannot be removed from the scale: claim #${claims.grew} is rated with it`);
    expect(listScale(db)).toEqual(scale);
  });

  it('refuses a scale too short, labels twice, blank labels, and ratings it does not know', async () => {
    const { db } = await factCheckStory();
    expect(() => updateScale(db, [{ label: 'True' }])).toThrow('A rating scale needs at least two ratings');
    expect(() => updateScale(db, [{ label: 'True' }, { label: 'true' }])).toThrow('Two ratings have the same label');
    expect(() => updateScale(db, [{ label: 'True' }, { label: ' ' }])).toThrow('A rating needs a label');
    expect(() => updateScale(db, [{ label: 'True' }, { id: 999, label: 'Other' }])).toThrow('Rating #999 (“Other”) is not on this investigation’s scale');
  });
});
