export { createTimelineHandlers } from './handlers';
export { listTimeline } from './list-timeline';
