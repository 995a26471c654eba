/**
 * When a note was last changed, as a list shows it: the time today, the day and time this
 * year, the full date before. Local time, the reporter's own.
 */
export function formatEditedAt(iso: string, now: Date = new Date(), locale?: string): string {
  const at = new Date(iso);
  if (at.toDateString() === now.toDateString()) {
    return new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(at);
  }
  if (at.getFullYear() === now.getFullYear()) {
    return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }).format(at);
  }
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(at);
}
