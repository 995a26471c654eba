import { Readability } from '@mozilla/readability';
import { decodeReadableText } from '../encoding/readable-text';
import { authorsFromByline } from '../text/author-names';
import { partialDateFrom } from '../text/partial-date';
import { ImportRefusal, type ExtractedMetadata, type ParsedDocument } from '../types';
import { chooseArticleText } from './choose-article-text';
import { declaredHtmlCharset } from './charset-prescan';
import { extractHtmlMetadata } from './extract-metadata';
import { withoutUndefined } from './meta-tag-metadata';
import { languageTag, mergeMetadata, oneLine } from './metadata-values';
import { inertWindow, structureSanitizedHtml } from './sanitize';

type ReadabilityArticle = NonNullable<ReturnType<Readability['parse']>>;

/**
 * A saved web page: its article text (by Readability, the engine of Firefox's reader view,
 * which leaves out navigation, ads, share buttons and comments) and what the page says about
 * itself. The page is hostile input: it is parsed in an inert jsdom that runs no script and
 * loads nothing, and its article is sanitized before a single block is read.
 */
export function parseHtml(bytes: Uint8Array, options: { fileName?: string } = {}): ParsedDocument {
  const { text: html } = decodeReadableText(bytes, { fileName: options.fileName, declaredCharset: declaredHtmlCharset(bytes) });
  const window = inertWindow(html);
  try {
    const { document } = window;
    const pageMetadata = extractHtmlMetadata(document);
    const article = readArticle(document);
    const structured = chooseArticleText(article ? structureSanitizedHtml(article.content ?? '') : undefined, () => structureSanitizedHtml(html));
    if (structured.blocks.length === 0) {
      const thisPage = options.fileName ? `This web page (“${options.fileName}”)` : 'This web page';
      throw new ImportRefusal(
        'no-text',
        `${thisPage} has no readable text. Its content may be drawn by scripts, which Sourcebook never runs. Open it in a browser and save it again once it has loaded (“Save Page As… › Web Page, Complete”), or copy its text and paste it into Sourcebook.`,
      );
    }
    const metadata = mergeMetadata(pageMetadata, article ? readabilityMetadata(article) : {});
    return { mimeType: 'text/html', ...structured, metadata };
  } finally {
    window.close();
  }
}

function readArticle(document: Document): ReadabilityArticle | null {
  try {
    // Readability takes apart the document it is given: it gets a copy.
    return new Readability(document.cloneNode(true) as Document).parse();
  } catch {
    // A page Readability cannot handle is still a page: the whole body is read instead.
    return null;
  }
}

/** Readability's own findings, the last resort for each field. */
function readabilityMetadata(article: ReadabilityArticle): ExtractedMetadata {
  return withoutUndefined({
    title: oneLine(article.title),
    outlet: oneLine(article.siteName),
    authors: authorsFromByline(article.byline),
    publishedDate: partialDateFrom(article.publishedTime),
    language: languageTag(article.lang),
  });
}
