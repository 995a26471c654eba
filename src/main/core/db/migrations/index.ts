import { migration0001 } from './0001-investigation-meta';
import { migration0002 } from './0002-sources';
import { migration0003 } from './0003-audit-log';
import { migration0004 } from './0004-entities-and-annotations';
import { migration0005 } from './0005-notes';
import { migration0006 } from './0006-note-ids-never-reused';
import { migration0007 } from './0007-suggestions';
import { migration0008 } from './0008-timeline-entries';
import { migration0009 } from './0009-fact-check';
import { migration0010 } from './0010-timeline-links';
import { migration0011 } from './0011-comparisons';
import { migration0012 } from './0012-annotation-ids-never-reused';
import type { Migration } from './migration';

export type { Migration } from './migration';

/**
 * Checks that versions run 1, 2, 3... with no gap or repeat: a file's `user_version` then
 * names exactly which migrations it has, and a mistake here fails at start-up, not in a file.
 */
export function checkedMigrations(list: readonly Migration[]): readonly Migration[] {
  list.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(
        `Migration "${migration.name}" has version ${migration.version}; expected ${index + 1} (versions must increase by one from 1).`,
      );
    }
  });
  return Object.freeze([...list]);
}

export const migrations = checkedMigrations([migration0001, migration0002, migration0003, migration0004, migration0005, migration0006, migration0007, migration0008, migration0009, migration0010, migration0011, migration0012]);

export function latestVersion(list: readonly Migration[]): number {
  return list.at(-1)?.version ?? 0;
}

export const LATEST_SCHEMA_VERSION = latestVersion(migrations);
