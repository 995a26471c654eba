import { describe, expect, it } from 'vitest';
import { findNames } from '../names/find-names';
import { findQuotes } from './find-quotes';

function quotes(text: string) {
  const names = findNames(text);
  return findQuotes(text, names).map((quote) => [quote.text, quote.speaker === null ? null : names.entities[quote.speaker]!.name, quote.channel]);
}

describe('quotes and who said them', () => {
  it('reads attributions after, before and around the quotation, curly or straight', () => {
    const text = [
      'Adaeze Okafor runs Halden Systems Inc. and Tomas Lindqvist ran it before her.',
      '“We have heard you, and we agree,” Ms. Okafor wrote in a letter to staff.',
      '"It was the right call at the time," said Mr. Lindqvist.',
      'Ms. Okafor said: “This is not a product we should be building.”',
      'According to Lindqvist, “nobody asked the engineers.”',
      '“We are,” she said, “not leaving.”',
    ].join('\n\n');
    expect(quotes(text)).toEqual([
      ['“We have heard you, and we agree,”', 'Adaeze Okafor', 'letter to staff'],
      ['"It was the right call at the time,"', 'Tomas Lindqvist', ''],
      ['“This is not a product we should be building.”', 'Adaeze Okafor', ''],
      ['“nobody asked the engineers.”', 'Tomas Lindqvist', ''],
      ['“We are,”', 'Adaeze Okafor', ''],
      ['“not leaving.”', 'Adaeze Okafor', ''],
    ]);
  });

  it('resolves pronouns to the person of that gender named last, and not past an unnamed speaker', () => {
    const text = [
      'Katarzyna Lund, the commissioner, said she would wait. Dr. Pieter van Houten said he did not expect the review to change anything.',
      '“We have been careful,” he said.',
      'One senior engineer, who asked not to be named, said the clause was vague. “An audit is only as good as its access,” she said.',
    ].join('\n\n');
    expect(quotes(text).map(([words, speaker]) => [words, speaker])).toEqual([
      ['“We have been careful,”', 'Pieter van Houten'],
      ['“An audit is only as good as its access,”', null],
    ]);
  });

  it('gives "the company said" to the business the story is about, and a quote of several paragraphs once', () => {
    const text = [
      'Lumora Cloud Services BV, a subsidiary of Corvalis Group, was fined. Lumora will appeal.',
      '“We strongly disagree with the ruling,” the company said.',
      '“The first paragraph of a long statement',
      '“ends in the second.” Lumora added nothing.',
    ].join('\n\n');
    const found = quotes(text);
    expect(found[0]).toEqual(['“We strongly disagree with the ruling,”', 'Lumora Cloud Services BV', '']);
    expect(found[1]![0]).toBe('“The first paragraph of a long statement\n\n“ends in the second.”');
  });

  it('gives "I" in a letter to its author, and a quote to the speaker nearest it in the sentence', () => {
    const text = 'In the letter to shareholders, written the year Brightwater Freight Corp. went public, I wrote that “our company is people.”';
    const names = findNames(text);
    const author = names.entities.push({ name: 'Thandiwe Harrow', type: 'person', aliases: [] }) - 1;
    const [quote] = findQuotes(text, names, author);
    expect(quote).toMatchObject({ speaker: author, how: 'author' });
    // Without an author, "I" is nobody the text names: not the company in the earlier clause.
    expect(findQuotes(text, findNames(text))[0]).toMatchObject({ speaker: null });
  });

  it('does not take scare quotes, titles or single terms for quotes', () => {
    const text = 'The so-called “efficiency review” and the report “Borders in Transition” were “disappointed” reading, Okafor said.';
    expect(quotes(text)).toEqual([]);
  });
});
