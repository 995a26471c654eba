import { describe, expect, it } from 'vitest';
import { isLinkableUrl, normalizeLinkUrl } from './link-url';

describe('normalizeLinkUrl', () => {
  it('keeps web and mail addresses', () => {
    expect(normalizeLinkUrl(' https://news.example.com/2026/03/12/story ')).toBe('https://news.example.com/2026/03/12/story');
    expect(normalizeLinkUrl('http://example.com')).toBe('http://example.com');
    expect(normalizeLinkUrl('mailto:desk@example.com')).toBe('mailto:desk@example.com');
  });

  it('reads a bare address as https', () => {
    expect(normalizeLinkUrl('example.com/page?id=2')).toBe('https://example.com/page?id=2');
    expect(normalizeLinkUrl('www.halden-systems.example')).toBe('https://www.halden-systems.example');
  });

  it('refuses what could run code, open files or is not an address', () => {
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'Okafor', 'two words.com', '', 'https://']) {
      expect(normalizeLinkUrl(bad)).toBeNull();
    }
  });
});

describe('isLinkableUrl', () => {
  it('accepts only complete, allowed addresses', () => {
    expect(isLinkableUrl('https://example.com')).toBe(true);
    expect(isLinkableUrl('example.com')).toBe(false);
    expect(isLinkableUrl('javascript:alert(1)')).toBe(false);
  });
});
