import { isServiceError } from '../service-error';
import { refuse } from './refusals';

function sqliteCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : null;
}

/**
 * Turns the SQLite failures that describe the file (rather than a bug) into the refusal the
 * reporter should see. Anything else is returned as it was, to be reported as internal.
 */
export function explainSqliteError(error: unknown, filePath: string): unknown {
  if (isServiceError(error)) return error;
  const code = sqliteCode(error);
  if (code === null) return error;
  // Extended codes carry the primary code as a prefix: SQLITE_BUSY_RECOVERY, SQLITE_CORRUPT_VTAB...
  const matches = (primary: string) => code === primary || code.startsWith(`${primary}_`);
  if (matches('SQLITE_BUSY') || matches('SQLITE_LOCKED')) return refuse.locked(filePath);
  if (matches('SQLITE_CORRUPT') || matches('SQLITE_NOTADB')) {
    return refuse.corrupt(filePath, (error as Error).message);
  }
  if (matches('SQLITE_READONLY') || matches('SQLITE_PERM')) return refuse.readOnly(filePath);
  return error;
}
