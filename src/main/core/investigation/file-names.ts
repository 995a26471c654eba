import fs from 'node:fs';
import path from 'node:path';
import { INVESTIGATION_EXTENSION } from '../../../shared/domain/investigation';
import { sidecarPaths } from '../db';

export function withInvestigationExtension(filePath: string): string {
  return path.extname(filePath).toLowerCase() === INVESTIGATION_EXTENSION ? filePath : filePath + INVESTIGATION_EXTENSION;
}

/** Names Windows reserves for devices: "CON.sourcebook" cannot be created there. */
const RESERVED_ON_WINDOWS = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
const MAX_NAME_CODE_POINTS = 80;

/**
 * A file name (without extension) that reads like the investigation's name and is valid on
 * Windows, macOS and Linux: characters those systems forbid become spaces, no leading or
 * trailing dots or spaces, and a length that leaves room for the folder path.
 */
export function fileNameFor(investigationName: string): string {
  let base = investigationName
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[.\s]+|[.\s]+$/g, '');
  base = [...base].slice(0, MAX_NAME_CODE_POINTS).join('').replace(/[.\s]+$/, '');
  if (base === '') return 'Untitled investigation';
  return RESERVED_ON_WINDOWS.test(base) ? `${base} investigation` : base;
}

function isTaken(filePath: string): boolean {
  return [filePath, ...sidecarPaths(filePath)].some((p) => {
    try {
      fs.lstatSync(p);
      return true;
    } catch {
      return false;
    }
  });
}

/** `<folder>/<name>.sourcebook`, or `<name> (2).sourcebook` and so on when that is taken. */
export function suggestFreePath(folder: string, investigationName: string): string {
  const base = fileNameFor(investigationName);
  for (let n = 1; ; n++) {
    const candidate = path.join(folder, `${n === 1 ? base : `${base} (${n})`}${INVESTIGATION_EXTENSION}`);
    if (!isTaken(candidate)) return candidate;
  }
}
