export { TaskRegistry, type TaskHandle, type TaskOutcome, type TaskRegistryOptions } from './task-registry';
