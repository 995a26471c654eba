import { investigationNameSchema } from '../../../shared/domain/investigation';
import { ServiceError } from '../service-error';

export const DEFAULT_INVESTIGATION_NAME = 'My investigation';

/** investigationNameSchema's limit, which zod counts in UTF-16 units (String.length). */
const MAX_NAME_LENGTH = 200;

/**
 * A name the contract accepts (investigationNameSchema: trimmed, 1 to 200 characters) made
 * from any text Sourcebook did not get from the reporter: a file name, or a name stored in a
 * file. Too long is cut at 200 characters without splitting a character in two; nothing left
 * gives "My investigation".
 */
export function investigationNameFrom(text: string): string {
  let name = text.trim();
  if (name.length > MAX_NAME_LENGTH) {
    let cut = '';
    for (const codePoint of name) {
      if (cut.length + codePoint.length > MAX_NAME_LENGTH) break;
      cut += codePoint;
    }
    name = cut.trimEnd();
  }
  return name === '' ? DEFAULT_INVESTIGATION_NAME : name;
}

/** A name the reporter gave, checked against the contract before it is written; trimmed. */
export function checkedInvestigationName(name: string): string {
  const result = investigationNameSchema.safeParse(name);
  if (!result.success) {
    const reason = result.error.issues[0]?.message ?? 'The name is not valid';
    throw new ServiceError('INVALID_PARAMS', `${reason}; nothing was changed.`);
  }
  return result.data;
}
