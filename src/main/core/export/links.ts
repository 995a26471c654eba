/** Only web and mail addresses become links in an export: a javascript: or file: link in a memo is a trap. */
export function isLinkable(url: string): boolean {
  try {
    return ['http:', 'https:', 'mailto:'].includes(new URL(url).protocol);
  } catch {
    return false;
  }
}
