import { describe, expect, it } from 'vitest';
import { stripInlineMarkdown } from './strip-inline-markdown';

describe('stripInlineMarkdown', () => {
  it.each([
    ['The **mayor** said *no* and _meant_ it.', 'The mayor said no and meant it.'],
    ['***Very*** __strong__ ~~struck~~', 'Very strong struck'],
    ['See [the filing](https://example.com/a_(b) "Filing") and ![a chart](chart.png).', 'See the filing and a chart.'],
    ['A [reference link][1] and <https://example.com>.', 'A reference link and https://example.com.'],
    ['Run `rm -rf *tmp*` now', 'Run rm -rf *tmp* now'],
    ['Escaped \\*stars\\* and \\_underscores\\_ stay', 'Escaped *stars* and _underscores_ stay'],
    ['file_name_v2 and snake_case stay', 'file_name_v2 and snake_case stay'],
    ['5 * 3 * 2 = 30, and a lone * star', '5 * 3 * 2 = 30, and a lone * star'],
    ['**bold across\na line**', 'bold across\na line'],
  ])('%j → %j', (markdown, plain) => {
    expect(stripInlineMarkdown(markdown)).toBe(plain);
  });
});
