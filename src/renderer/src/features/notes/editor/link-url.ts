/**
 * What a reporter types into the link field, as an address a note may link to: web and mail
 * addresses only (never javascript: or file:), with "example.com/page" taken as https.
 * Null when it is not one.
 */
export function normalizeLinkUrl(input: string): string | null {
  const text = input.trim();
  if (text === '' || /\s/.test(text)) return null;
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : /^[\w-]+(\.[\w-]+)+([/?#]\S*)?$/.test(text) ? `https://${text}` : null;
  if (candidate === null) return null;
  try {
    const url = new URL(candidate);
    if (url.protocol === 'mailto:') return candidate;
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '') return candidate;
  } catch {
    return null;
  }
  return null;
}

/** For LinkPlugin: links pasted over a selection are checked the same way. */
export function isLinkableUrl(url: string): boolean {
  return normalizeLinkUrl(url) === url.trim();
}
