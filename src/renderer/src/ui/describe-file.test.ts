import { describe, expect, it } from 'vitest';
import { describeFileType, formatFileSize, shortenHash } from './describe-file';

describe('describing the original file', () => {
  it('writes sizes in bytes, KB and MB', () => {
    expect(formatFileSize(1)).toBe('1 byte');
    expect(formatFileSize(812)).toBe('812 bytes');
    expect(formatFileSize(6246)).toBe('6.1 KB');
    expect(formatFileSize(1024 * 300)).toBe('300 KB');
    expect(formatFileSize(1.25 * 1024 * 1024)).toBe('1.3 MB');
  });

  it('names common types and falls back to the MIME type', () => {
    expect(describeFileType('text/markdown')).toBe('Markdown');
    expect(describeFileType('text/html; charset=utf-8')).toBe('Web page');
    expect(describeFileType('application/x-custom')).toBe('application/x-custom');
  });

  it('shortens a SHA-256 to its first eight and last four characters', () => {
    const hash = 'a'.repeat(8) + 'b'.repeat(52) + 'cdef';
    expect(shortenHash(hash)).toBe('aaaaaaaa…cdef');
  });
});
