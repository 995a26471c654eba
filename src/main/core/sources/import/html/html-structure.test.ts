import { describe, expect, it } from 'vitest';
import { structureDom } from './html-structure';
import { inertWindow } from './sanitize';

function structure(bodyHtml: string) {
  const window = inertWindow(`<!doctype html><body>${bodyHtml}</body>`);
  try {
    return structureDom(window.document.body);
  } finally {
    window.close();
  }
}

function blocksOf(bodyHtml: string): Array<[string, string, number?]> {
  const { text, blocks } = structure(bodyHtml);
  const points = [...text];
  return blocks.map((b) => {
    const content = points.slice(b.start, b.end).join('');
    return b.level ? [b.kind, content, b.level] : [b.kind, content];
  });
}

describe('structureDom', () => {
  it('makes headings, paragraphs, quotes and list items into blocks and drops inline markup', () => {
    expect(
      blocksOf(
        '<h2>Port <em>deal</em></h2><p>The <a href="https://x.example">mayor</a> <strong>said</strong> no.</p>' +
          '<blockquote><p>First quoted.</p><p>Second quoted.</p></blockquote><ol><li>One</li><li>Two</li></ol>',
      ),
    ).toEqual([
      ['heading', 'Port deal', 2],
      ['paragraph', 'The mayor said no.'],
      ['blockquote', 'First quoted.'],
      ['blockquote', 'Second quoted.'],
      ['list-item', 'One'],
      ['list-item', 'Two'],
    ]);
  });

  it('keeps the cells of a table row in one block', () => {
    expect(
      blocksOf('<table><thead><tr><th>Firm</th><th>Paid</th></tr></thead><tbody><tr><td>Halden AS</td><td>€2.8m</td></tr><tr><td>Berg</td><td>€1m</td></tr></tbody></table>'),
    ).toEqual([
      ['paragraph', 'Firm Paid'],
      ['paragraph', 'Halden AS €2.8m'],
      ['paragraph', 'Berg €1m'],
    ]);
  });

  it('makes each item of a nested list its own block', () => {
    expect(blocksOf('<ul><li>Parent<ul><li>Child one</li><li>Child two</li></ul></li><li>Sibling</li></ul>')).toEqual([
      ['list-item', 'Parent'],
      ['list-item', 'Child one'],
      ['list-item', 'Child two'],
      ['list-item', 'Sibling'],
    ]);
  });

  it('turns <br> into a line break inside the block, but never a blank line', () => {
    expect(blocksOf('<p>Jane Doe<br>12 Quay Road<br><br><br>Oslo</p>')).toEqual([['paragraph', 'Jane Doe\n12 Quay Road\nOslo']]);
  });

  it('collapses source whitespace, including line breaks, except inside <pre>', () => {
    expect(blocksOf('<p>\n   The council\n   met   on\tTuesday.\n</p><pre>line one\nline two</pre>')).toEqual([
      ['paragraph', 'The council met on Tuesday.'],
      ['paragraph', 'line one\nline two'],
    ]);
  });

  it('keeps a non-breaking space as a space and words apart across inline elements', () => {
    expect(blocksOf('<p>€&nbsp;2.8&nbsp;million <b>to</b> <i>Halden</i></p>')).toEqual([['paragraph', '€ 2.8 million to Halden']]);
  });

  it('skips hidden elements, scripts, styles, forms controls and navigation', () => {
    expect(
      blocksOf(
        '<p>Seen.</p><p hidden>Hidden.</p><div style="color:red; display: none">Not shown.</div>' +
          '<p style="visibility:hidden">Invisible.</p><details><summary>More</summary><p hidden="until-found">Findable.</p></details>' +
          '<script>var x = "script";</script><style>p{}</style><nav>Home News</nav><button>Share</button>',
      ),
    ).toEqual([
      ['paragraph', 'Seen.'],
      ['paragraph', 'More'],
      ['paragraph', 'Findable.'],
    ]);
  });

  it('keeps offsets in code points', () => {
    const { text, blocks } = structure('<p>Emoji 🛂 first.</p><p>Then “this”.</p>');
    expect(text).toBe('Emoji 🛂 first.\n\nThen “this”.');
    expect(blocks).toEqual([
      { kind: 'paragraph', start: 0, end: 14 },
      { kind: 'paragraph', start: 16, end: 28 },
    ]);
  });
});
