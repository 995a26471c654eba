import { describe, expect, it } from 'vitest';
import { StructuredTextBuilder } from '../structured-text';
import { chooseArticleText } from './choose-article-text';

function textOf(...paragraphs: string[]) {
  const builder = new StructuredTextBuilder();
  for (const paragraph of paragraphs) builder.add('paragraph', paragraph);
  return builder.build();
}

describe('chooseArticleText', () => {
  const page = textOf('Menu', 'x'.repeat(1000), 'Footer');

  it('reads the page when there is no article', () => {
    expect(chooseArticleText(undefined, () => page)).toBe(page);
    expect(chooseArticleText(textOf(), () => page)).toBe(page);
  });

  it('keeps an article that is a fair share of the page', () => {
    const article = textOf('x'.repeat(300));
    expect(chooseArticleText(article, () => page)).toBe(article);
  });

  it('reads the page when a short article is a small part of it', () => {
    expect(chooseArticleText(textOf('One box of a transcript.'), () => page)).toBe(page);
  });

  it('keeps a long article, without reading the page, however long the page', () => {
    const article = textOf('y'.repeat(3000));
    expect(chooseArticleText(article, () => expect.unreachable() as never)).toBe(article);
  });
});
