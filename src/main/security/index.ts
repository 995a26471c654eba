export { APP_ENTRY_URL, APP_HOST, APP_ORIGIN, APP_SCHEME, isAppUrl, resolveAppAssetPath } from './app-protocol';
export { CONTENT_SECURITY_POLICY, CSP_DIRECTIVES } from './csp';
export { isTrustedIpcSender, type IpcSenderFacts } from './ipc-sender';
export {
  MAX_EXTERNAL_URL_LENGTH,
  parseExternalUrl,
  shouldAllowNavigation,
  windowOpenDecision,
  type WindowOpenDecision,
} from './navigation';
export { permissionDecision } from './permissions';
export { SECURITY_HEADERS } from './response-headers';
export { isInside, resolvePathInside } from './safe-path';
export { isTrustedAppUrl } from './trusted-origin';
export {
  MAIN_WINDOW_MIN_SIZE,
  mainWindowOptions,
  type HardenedWebPreferences,
  type MainWindowOptions,
} from './window-options';
