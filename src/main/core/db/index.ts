export { openInvestigationDatabase, type OpenDatabaseOptions, type OpenedDatabase } from './open-investigation-database';
export { closeInvestigationDatabase } from './close';
export { startIdleCheckpoints, type IdleCheckpointOptions } from './idle-checkpoint';
export { LATEST_SCHEMA_VERSION, migrations, type Migration } from './migrations';
export { readUserVersion } from './migrate';
export { SOURCEBOOK_APPLICATION_ID } from './identity';
export { isWritable } from './writability';
export { checkBeforeCreating } from './preflight';
export { sidecarPaths } from './identity';
