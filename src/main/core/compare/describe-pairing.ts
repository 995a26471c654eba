import { listInWords } from './list-in-words';
import type { PairingReason } from './statement';

/**
 * Why a row's statements are together, in the reporter's words: "pinned by hand", "tag
 * “Cancellation” shared", "similar wording (0.42)". Tag keys are opaque here; `tagName`
 * turns "entity:12" into "Halden Systems".
 */
export function describePairing(reason: PairingReason, tagName: (key: string) => string = (key) => key): string {
  if (reason.kind === 'pinned') return 'pinned by hand';
  if (reason.kind === 'similarity') return `similar wording (${reason.similarity.toFixed(2)})`;
  const names = reason.tags.map((key) => `“${tagName(key)}”`);
  return `${names.length === 1 ? 'tag' : 'tags'} ${listInWords(names)} shared`;
}
