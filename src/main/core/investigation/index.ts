export { createInvestigationHandlers } from './handlers';
export { InvestigationSession, type InvestigationSessionDeps } from './session';
export { openStartupInvestigation, type StartupOutcome } from './startup';
export { DEFAULT_INVESTIGATION_NAME, investigationNameFrom } from './names';
export { suggestFreePath, fileNameFor, withInvestigationExtension } from './file-names';
export { RecentFiles } from './recent-files';
export { SAMPLE_FILE_NAME } from './sample';
