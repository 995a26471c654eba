import { describe, expect, it } from 'vitest';
import { filterEntities, sortEntities } from './entity-list-order';

const entity = (name: string, aliases: string[] = [], mentionCount = 0) => ({ name, aliases, mentionCount });

describe('filterEntities', () => {
  const registry = [entity('José Müller', ['Pepe']), entity('Halden Systems', ['HSL', 'Haldén']), entity('Dana Okafor')];

  it('ignores case and accents in names and aliases', () => {
    expect(filterEntities(registry, 'JOSE muller').map((e) => e.name)).toEqual(['José Müller']);
    expect(filterEntities(registry, 'hsl').map((e) => e.name)).toEqual(['Halden Systems']);
    expect(filterEntities(registry, 'pepe').map((e) => e.name)).toEqual(['José Müller']);
  });

  it('needs every word, and an empty filter keeps everything', () => {
    expect(filterEntities(registry, 'dana systems')).toEqual([]);
    expect(filterEntities(registry, '  ')).toHaveLength(3);
  });
});

describe('sortEntities', () => {
  const registry = [entity('beta', [], 2), entity('Alpha', [], 2), entity('gamma', [], 9)];

  it('sorts names without regard to case, either way', () => {
    expect(sortEntities(registry, { key: 'name', direction: 'ascending' }).map((e) => e.name)).toEqual(['Alpha', 'beta', 'gamma']);
    expect(sortEntities(registry, { key: 'name', direction: 'descending' }).map((e) => e.name)).toEqual(['gamma', 'beta', 'Alpha']);
  });

  it('sorts by mentions, ties by name ascending whichever the direction', () => {
    expect(sortEntities(registry, { key: 'mentions', direction: 'descending' }).map((e) => e.name)).toEqual(['gamma', 'Alpha', 'beta']);
    expect(sortEntities(registry, { key: 'mentions', direction: 'ascending' }).map((e) => e.name)).toEqual(['Alpha', 'beta', 'gamma']);
  });
});
