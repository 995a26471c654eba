import { describe, expect, it } from 'vitest';
import { authorsFromByline, cleanAuthorName, uniqueAuthors } from './author-names';

describe('authorsFromByline', () => {
  it.each([
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['by  Jane Doe,  John Roe & Ann Lee', ['Jane Doe', 'John Roe', 'Ann Lee']],
    ['By Jane Doe | 16 September 2020', ['Jane Doe']],
    ['Jane Doe, Staff Writer', ['Jane Doe']],
    ['Written by: Zoë Müller-Lüdenscheidt', ['Zoë Müller-Lüdenscheidt']],
    ['Von Jana Schmidt und Ole Berg', ['Jana Schmidt', 'Ole Berg']],
    ['Updated 3 hours ago', []],
    ['By Jane Doe Updated Sept. 16, 2020, 10:04 p.m. ET', ['Jane Doe']],
    ['By Jane Doe September 16, 2020', ['Jane Doe']],
    ['By John Roe 3 hours ago', ['John Roe']],
    ['', []],
  ])('%j → %j', (byline, authors) => {
    expect(authorsFromByline(byline)).toEqual(authors);
  });
});

describe('cleanAuthorName', () => {
  it('refuses what cannot be a name', () => {
    expect(cleanAuthorName('https://www.facebook.com/janedoe')).toBeUndefined();
    expect(cleanAuthorName('jane@example.com')).toBeUndefined();
    expect(cleanAuthorName(42)).toBeUndefined();
    expect(cleanAuthorName('  Jane   Doe, ')).toBe('Jane Doe');
  });

  it('keeps each name once', () => {
    expect(uniqueAuthors(['Jane Doe', 'jane doe', 'John Roe'])).toEqual(['Jane Doe', 'John Roe']);
  });
});
