import { attachedPlaces } from './attached-places';
import { classify } from './classify';
import { clusterNames, type FoundEntity, type NameMention } from './cluster';
import { findNameRuns } from './runs';
import { tokenize } from './tokens';

export type { FoundEntity, NameMention };

/** The people, organisations and places a text names, and every place it names them. */
export function findNames(text: string): { entities: FoundEntity[]; mentions: NameMention[] } {
  const marked = attachedPlaces(text);
  const fromRuns = findNameRuns(tokenize(text))
    .flatMap((run) => classify(run, text))
    .filter((candidate) => !marked.some((place) => candidate.start < place.end && place.start < candidate.end));
  return clusterNames([...marked, ...fromRuns].sort((a, b) => a.start - b.start), text);
}
