/**
 * A note's `updated_at` doubles as its version: a save based on an older one is refused. So each
 * save must set a strictly later instant, even when the clock has not moved on since the last
 * save (two saves in one millisecond) or has moved back (the clock was corrected).
 */
export function nextNoteVersion(previous: string, now: Date = new Date()): string {
  const candidate = now.toISOString();
  if (candidate > previous) return candidate;
  return new Date(Date.parse(previous) + 1).toISOString();
}
