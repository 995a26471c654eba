import { ImportRefusal, type ParsedDocument } from './types';

/** The refusal `action` throws; fails the test if it throws anything else or nothing. */
export function refusalOf(action: () => unknown): ImportRefusal {
  try {
    action();
  } catch (error) {
    if (error instanceof ImportRefusal) return error;
    throw error;
  }
  throw new Error('expected an ImportRefusal');
}

/** The refusal a promise rejects with; fails the test on any other outcome. */
export async function refusalOfAsync(promise: Promise<unknown>): Promise<ImportRefusal> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ImportRefusal) return error;
    throw error;
  }
  throw new Error('expected an ImportRefusal');
}

/** Each block's kind (and heading level) with its text, for readable expectations. */
export function outline({ text, blocks }: Pick<ParsedDocument, 'text' | 'blocks'>): string[] {
  const points = Array.from(text);
  return blocks.map((block) => `${block.kind}${block.level ?? ''}: ${points.slice(block.start, block.end).join('')}`);
}
