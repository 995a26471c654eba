export { TaskRegistry, type TaskHandle, type TaskOutcome, type TaskRegistryOptions } from './task-registry';
export { IdleWork } from './idle-work';
