import { authorsFromByline, uniqueAuthors } from '../text/author-names';
import { partialDateFrom } from '../text/partial-date';
import type { ExtractedMetadata } from '../types';
import { withoutUndefined } from './meta-tag-metadata';

/** Comment sections have bylines of their own, which are not the article's. */
const COMMENTS = /comment|disqus|repl(?:y|ies)|respon[sd]|discussion|forum/i;
const BYLINE_SELECTOR = '.byline, [class*="byline" i], [class*="article-author" i], [class*="author-name" i], [data-testid*="byline" i]';

/**
 * The authors and date shown in the page itself, for pages without metadata: microdata
 * (`itemprop="author"`, `itemprop="datePublished"`), `rel="author"` links, and a byline element
 * ("By Jane Doe and John Roe"). Anything inside a comment section is ignored.
 */
export function pageBylineMetadata(document: Document): ExtractedMetadata {
  return withoutUndefined({ authors: pageAuthors(document), publishedDate: pageDate(document) });
}

function pageAuthors(document: Document): string[] {
  const named: string[] = [];
  for (const element of outsideComments(document.querySelectorAll('[itemprop~="author" i]'))) {
    const name = element.querySelector('[itemprop~="name" i]') ?? element;
    named.push(...authorsFromByline(name.getAttribute('content') ?? name.textContent));
  }
  for (const link of outsideComments(document.querySelectorAll('a[rel~="author" i]'))) named.push(link.textContent ?? '');
  const authors = uniqueAuthors(named);
  if (authors.length > 0) return authors;
  for (const byline of outsideComments(document.querySelectorAll(BYLINE_SELECTOR))) {
    const fromByline = authorsFromByline(byline.textContent);
    if (fromByline.length > 0) return fromByline;
  }
  return [];
}

function pageDate(document: Document): string | undefined {
  const candidates = [
    ...outsideComments(document.querySelectorAll('[itemprop~="datePublished" i]')),
    ...outsideComments(document.querySelectorAll('time[pubdate], article time[datetime], [class*="byline" i] time[datetime]')),
  ];
  for (const element of candidates) {
    const date = partialDateFrom(element.getAttribute('content') ?? element.getAttribute('datetime') ?? element.textContent);
    if (date) return date;
  }
  return undefined;
}

function outsideComments(elements: Iterable<Element>): Element[] {
  return [...elements].filter((element) => {
    for (let node: Element | null = element; node; node = node.parentElement) {
      if (COMMENTS.test(`${node.id} ${node.getAttribute('class') ?? ''}`)) return false;
    }
    return true;
  });
}
