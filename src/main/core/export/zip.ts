import { strToU8, zipSync, type Zippable } from 'fflate';

/** 1 January 2026: entries carry a fixed time, so the same export gives the same bytes (golden tests, hashes). */
const FIXED_TIME = new Date(2026, 0, 1);

/**
 * An Office Open XML package (a zip). `[Content_Types].xml` must come first for some readers;
 * entries are written in the order given. Deflated at a middling level: XML compresses well
 * and level 9 costs much more time than it saves bytes.
 */
export function zipPackage(entries: ReadonlyArray<readonly [name: string, content: string | Uint8Array]>): Uint8Array {
  const files: Zippable = {};
  for (const [name, content] of entries) {
    files[name] = [typeof content === 'string' ? strToU8(content) : content, { level: 6, mtime: FIXED_TIME }];
  }
  return zipSync(files);
}
