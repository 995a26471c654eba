/**
 * Written into `PRAGMA application_id` of every investigation file when it is created, so a
 * SQLite file made by another application is recognised as foreign from its header alone,
 * without SQLite ever opening it. The value spells "SRCB" in ASCII.
 */
export const SOURCEBOOK_APPLICATION_ID = 0x53524342;

/** The companion files SQLite may keep next to a database; checked and cleaned by name. */
export const SQLITE_SIDECAR_SUFFIXES = ['-wal', '-shm', '-journal'] as const;

export function sidecarPaths(databasePath: string): string[] {
  return SQLITE_SIDECAR_SUFFIXES.map((suffix) => databasePath + suffix);
}
