/** "812 bytes", "6.1 KB", "1.2 MB": sizes as a file manager writes them (1 KB = 1,024 bytes). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes.toLocaleString('en')} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = value < 10 ? 1 : 0;
  return `${value.toFixed(digits)} ${units[unit]}`;
}

const TYPE_NAMES: Record<string, string> = {
  'text/markdown': 'Markdown',
  'text/plain': 'Plain text',
  'text/html': 'Web page',
  'application/xhtml+xml': 'Web page',
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word document',
  'application/rtf': 'Rich text',
  'message/rfc822': 'Email',
};

/** A file type as a reporter names it ("PDF", "Word document"); the MIME type when unknown. */
export function describeFileType(mimeType: string): string {
  return TYPE_NAMES[mimeType.split(';')[0]!.trim().toLowerCase()] ?? mimeType;
}

/** "3f2a91c0…d4e5": enough of a SHA-256 to compare by eye; the whole is copied. */
export function shortenHash(sha256: string): string {
  return sha256.length > 12 ? `${sha256.slice(0, 8)}…${sha256.slice(-4)}` : sha256;
}
