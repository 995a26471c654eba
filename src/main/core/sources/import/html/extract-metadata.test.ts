import { describe, expect, it } from 'vitest';
import { extractHtmlMetadata } from './extract-metadata';
import { inertWindow } from './sanitize';

function metadataOf(head: string, body = '<p>Text.</p>', htmlAttributes = '') {
  const window = inertWindow(`<!doctype html><html ${htmlAttributes}><head>${head}</head><body>${body}</body></html>`);
  try {
    return extractHtmlMetadata(window.document);
  } finally {
    window.close();
  }
}

const jsonLd = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('extractHtmlMetadata', () => {
  it('reads a JSON-LD NewsArticle: author objects and strings, publisher, date, page address', () => {
    expect(
      metadataOf(
        jsonLd({
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: 'Port deal collapses',
          author: [{ '@type': 'Person', name: 'Jane Doe' }, 'John Roe'],
          publisher: { '@type': 'Organization', name: 'The Harbour Ledger' },
          datePublished: '2020-09-16T22:00:00-04:00',
          mainEntityOfPage: 'https://news.example.com/port',
          inLanguage: 'nb',
        }),
      ),
    ).toEqual({
      title: 'Port deal collapses',
      authors: ['Jane Doe', 'John Roe'],
      outlet: 'The Harbour Ledger',
      publishedDate: '2020-09-16',
      url: 'https://news.example.com/port',
      language: 'nb',
    });
  });

  it('finds the article in an array or @graph, with @type as an array, and follows @id references', () => {
    const metadata = metadataOf(
      jsonLd([
        { '@type': 'BreadcrumbList', name: 'Crumbs' },
        {
          '@graph': [
            { '@type': 'Organization', '@id': '#org', name: 'Ledger Media' },
            { '@type': 'Person', '@id': '#jane', name: 'Jane Doe' },
            { '@type': ['Article', 'BlogPosting'], headline: 'Graph headline', author: { '@id': '#jane' }, publisher: { '@id': '#org' }, url: 'https://blog.example/p' },
          ],
        },
      ]),
    );
    expect(metadata).toEqual({ title: 'Graph headline', authors: ['Jane Doe'], outlet: 'Ledger Media', url: 'https://blog.example/p' });
  });

  it('skips invalid JSON-LD and reads the rest of the page', () => {
    const metadata = metadataOf('<script type="application/ld+json">{ "headline": "broken", </script><title>Fallback title</title>');
    expect(metadata).toEqual({ title: 'Fallback title' });
  });

  it('reads JSON-LD with raw line breaks inside strings, as some CMSs write it', () => {
    const metadata = metadataOf('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Two\nlines"}</script>');
    expect(metadata.title).toBe('Two lines');
  });

  it('prefers JSON-LD over Open Graph over other meta tags, field by field', () => {
    const metadata = metadataOf(
      jsonLd({ '@type': 'NewsArticle', headline: 'JSON-LD headline' }) +
        '<meta property="og:title" content="OG title"><meta property="og:site_name" content="OG Site">' +
        '<meta property="article:published_time" content="2021-05"><meta name="date" content="2020-01-01">' +
        '<meta name="author" content="Meta Author"><title>Title element</title>',
      '<p class="byline">By Page Author</p>',
    );
    expect(metadata).toEqual({ title: 'JSON-LD headline', outlet: 'OG Site', publishedDate: '2021-05', authors: ['Meta Author'] });
  });

  it('strips the site name from <title>, before or after the headline', () => {
    expect(metadataOf('<title>Port deal collapses | Harbour Ledger</title><meta property="og:site_name" content="The Harbour Ledger">').title).toBe('Port deal collapses');
    expect(metadataOf('<title>The Harbour Ledger - Port deal collapses</title><meta property="og:site_name" content="The Harbour Ledger">').title).toBe('Port deal collapses');
    expect(metadataOf('<title>Q&amp;A - the mayor | Other</title><meta property="og:site_name" content="Ledger">').title).toBe('Q&A - the mayor | Other');
  });

  it('ignores article:author URLs and non-http addresses', () => {
    const metadata = metadataOf(
      '<meta property="article:author" content="https://facebook.com/jane"><meta property="og:url" content="javascript:alert(1)">' +
        '<link rel="canonical" href="https://news.example.com/canonical">',
    );
    expect(metadata).toEqual({ url: 'https://news.example.com/canonical' });
  });

  it('reads dates from other meta tags, keeping their precision', () => {
    expect(metadataOf('<meta name="dc.date" content="2019">').publishedDate).toBe('2019');
    expect(metadataOf('<meta name="parsely-pub-date" content="2019-04-30T23:59:00Z">').publishedDate).toBe('2019-04-30');
  });

  it('reads og:locale and <html lang> as language tags', () => {
    expect(metadataOf('<meta property="og:locale" content="de_DE">').language).toBe('de-DE');
    expect(metadataOf('', '<p>x</p>', 'lang="fr"').language).toBe('fr');
  });

  it('reads page bylines: rel=author, itemprop=author, a .byline naming two people, not comment authors', () => {
    expect(metadataOf('', '<article><a rel="author" href="/a">Jane Doe</a><div class="comments"><a rel="author">Troll</a></div></article>').authors).toEqual(['Jane Doe']);
    expect(metadataOf('', '<span itemprop="author" itemscope><span itemprop="name">Ann Lee</span></span>').authors).toEqual(['Ann Lee']);
    expect(metadataOf('', '<div class="article-byline">By Jane Doe and John Roe | Updated 2 hours ago</div>').authors).toEqual(['Jane Doe', 'John Roe']);
  });

  it('reads the date shown in the page', () => {
    expect(metadataOf('', '<article><time datetime="2018-02-03T01:00:00+09:00">3 February</time><p>x</p></article>').publishedDate).toBe('2018-02-03');
  });

  it('reads the address a browser recorded when it saved the page', () => {
    const window = inertWindow('<!-- saved from url=(0031)https://news.example.com/saved --><html><head></head><body><p>x</p></body></html>');
    expect(extractHtmlMetadata(window.document).url).toBe('https://news.example.com/saved');
    window.close();
  });
});
