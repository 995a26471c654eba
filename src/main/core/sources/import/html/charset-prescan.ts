const PRESCAN_BYTES = 1024;

/**
 * The charset an HTML file declares in its first 1024 bytes (`<meta charset>`, `<meta
 * http-equiv="Content-Type" content="…; charset=…">`, or an XML declaration), as the HTML
 * standard's prescan finds it. A declared UTF-16 means UTF-8: a page readable as ASCII to find
 * its meta tag cannot be UTF-16, whatever it says.
 */
export function declaredHtmlCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES))
    .toString('latin1')
    .replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  const label = xmlDeclarationEncoding(head) ?? metaCharset(head);
  if (!label) return undefined;
  if (/^utf-?16/i.test(label)) return 'utf-8';
  if (/^x-user-defined$/i.test(label)) return 'windows-1252';
  return label;
}

function xmlDeclarationEncoding(head: string): string | undefined {
  return /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1];
}

function metaCharset(head: string): string | undefined {
  for (const match of head.matchAll(/<meta\b([^>]*)>?/gi)) {
    const attributes = attributesOf(match[1]!);
    const charset = attributes.get('charset');
    if (charset) return charset;
    const content = attributes.get('content');
    if (attributes.get('http-equiv')?.toLowerCase() === 'content-type' && content) {
      const fromContent = /charset\s*=\s*["']?([\w.:-]+)/i.exec(content)?.[1];
      if (fromContent) return fromContent;
    }
  }
  return undefined;
}

function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(/([^\s"'=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)) {
    const name = match[1]!.toLowerCase();
    if (!attributes.has(name)) attributes.set(name, (match[2] ?? match[3] ?? match[4] ?? '').trim());
  }
  return attributes;
}
