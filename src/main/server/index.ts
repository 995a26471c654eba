export { startHttpServer, type HttpServerOptions, type RunningHttpServer } from './http-server';
export { DEFAULT_MAX_BODY_BYTES } from './read-json-body';
export { DEFAULT_HEARTBEAT_MS } from './event-stream';
