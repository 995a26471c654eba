/**
 * Where a reader was in a source: the first block in view (its code-point start, which survives
 * re-rendering and a different window width) and how far the view had scrolled past its top.
 * Kept per tab in sessionStorage, per investigation file and source.
 */
export interface ReadingPosition {
  offset: number;
  delta: number;
}

const PREFIX = 'sourcebook.reader.position';

export function readingPositionKey(investigationPath: string, sourceId: number): string {
  return `${PREFIX}:${sourceId}:${investigationPath}`;
}

export function saveReadingPosition(storage: Storage, key: string, position: ReadingPosition): void {
  try {
    storage.setItem(key, JSON.stringify({ offset: position.offset, delta: Math.round(position.delta) }));
  } catch {
    // A full or disabled storage only costs the remembered position.
  }
}

export function loadReadingPosition(storage: Storage, key: string): ReadingPosition | null {
  try {
    const value: unknown = JSON.parse(storage.getItem(key) ?? 'null');
    if (typeof value !== 'object' || value === null) return null;
    const { offset, delta } = value as Record<string, unknown>;
    if (!isCount(offset) || typeof delta !== 'number' || !Number.isFinite(delta)) return null;
    return { offset, delta };
  } catch {
    return null;
  }
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0;
}
