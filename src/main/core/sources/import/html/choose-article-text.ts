import { codePointLength } from '../../text-measures';
import type { StructuredText } from '../types';

/**
 * Readability's article is trusted unless it holds less than this share of the page's text
 * and is short: then it has probably picked one box of a page that is all content (a
 * transcript, a document exported as HTML), and the whole page is the safer reading. A long
 * article beside longer comments is still the article.
 */
const SMALLEST_SHARE_OF_PAGE = 0.2;
const SHORTEST_TRUSTED_ARTICLE = 2500;

/**
 * The article's text, unless it is missing or suspiciously small beside the whole page's.
 * Losing most of a document is worse for a reporter than keeping some clutter, so doubt
 * favours the page. The page is read only when needed: it costs a second sanitizing pass.
 */
export function chooseArticleText(article: StructuredText | undefined, readPage: () => StructuredText): StructuredText {
  if (!article || article.blocks.length === 0) return readPage();
  const articleLength = codePointLength(article.text);
  if (articleLength >= SHORTEST_TRUSTED_ARTICLE) return article;
  const page = readPage();
  return articleLength < codePointLength(page.text) * SMALLEST_SHARE_OF_PAGE ? page : article;
}
