import { describe, expect, it } from 'vitest';
import type { BuiltComparison, StatementView } from '../../../shared/domain/comparison';
import { comparisonTable } from './comparison-table';
import { comparisonHtml } from './export-html';
import { comparisonMarkdown } from './export-markdown';

const statement = (id: number, text: string, url: string | null): StatementView => ({
  id, kind: 'quote', text, date: null, dateFromSource: false, channel: '', speaker: null, tags: [],
  source: { id, title: `Memo | ${id}`, outlet: null, publishedDate: null, url },
});

/** Two statements with text that would be markup, and a link that must not become one. */
const built: BuiltComparison = {
  statements: [statement(1, 'We said\n<script>alert(1)</script> | *no*', 'javascript:alert(1)'), statement(2, '# Not a heading', 'https://example.org/a (b)')],
  columns: [{ label: 'A', statementIds: [1], problem: null }, { label: 'B|C', statementIds: [2], problem: null }],
  rows: [{ cells: [1, 2], pinned: true, reason: { kind: 'pinned' }, reasonText: 'pinned by hand', links: [], highlights: [null, null] }],
  unmatched: [[], []],
  ignoredPins: [],
  commonTags: [],
};

describe('the exported table', () => {
  it('escapes every word from a source, in HTML and Markdown, and links only web addresses', () => {
    const table = comparisonTable('Memo <1>', built);
    const html = comparisonHtml(table);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<a href="https://example.org/a (b)">Memo | 2</a>');
    expect(html).not.toContain('Not paired');

    const markdown = comparisonMarkdown(table).split('\n');
    expect(markdown[0]).toBe('# Memo \\<1\\>');
    expect(markdown[2]).toBe('| A | B\\|C | Why paired |');
    expect(markdown[4]).toBe('| “We said \\<script\\>alert\\(1\\)\\</script\\> \\| \\*no\\*”<br>Memo \\| 1 | “\\# Not a heading”<br>[Memo \\| 2](https://example.org/a%20%28b%29) | pinned by hand |');
  });
});
