export { createFactCheckHandlers } from './handlers';
export { listFactChecks } from './read-fact-checks';
