export { createInvestigationHandlers } from './handlers';
export { InvestigationSession, type InvestigationSessionDeps } from './session';
export { openStartupInvestigation, DEFAULT_INVESTIGATION_NAME, type StartupOutcome } from './startup';
export { suggestFreePath, fileNameFor, withInvestigationExtension } from './file-names';
export { RecentFiles } from './recent-files';
export { SAMPLE_FILE_NAME } from './sample';
