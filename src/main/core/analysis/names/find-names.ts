import { classify } from './classify';
import { clusterNames, type FoundEntity, type NameMention } from './cluster';
import { findNameRuns } from './runs';
import { tokenize } from './tokens';

export type { FoundEntity, NameMention };

/** The people, organisations and places a text names, and every place it names them. */
export function findNames(text: string): { entities: FoundEntity[]; mentions: NameMention[] } {
  const candidates = findNameRuns(tokenize(text)).flatMap((run) => classify(run, text));
  return clusterNames(candidates, text);
}
