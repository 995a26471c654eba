import { describe, expect, it } from 'vitest';
import {
  longDocxSpec,
  makeDocx,
  makeNonWordZip,
  makeOleCompoundFile,
  makeTruncatedDocx,
  makeZipBomb,
} from '../test-fixtures/make-docx';
import { ImportRefusal, type ParsedDocument } from '../types';
import { DOCX_MIME_TYPE, parseDocx } from './parse-docx';
import { outline, refusalOfAsync as refusalOf } from '../test-support';

describe('parseDocx', () => {
  it('turns Word styles into headings, paragraphs, block quotes and list items', async () => {
    const bytes = await makeDocx({
      blocks: [
        { style: 'Title', text: 'Harbour contracts' },
        { style: 'Heading1', text: 'What the ledger shows' },
        { style: 'Normal', text: 'The council paid “Okafor & Sons” €95,000.' },
        { style: 'Quote', text: 'We followed the rules.' },
        { style: 'Heading2', text: 'Payments' },
        { style: 'ListParagraph', text: 'March: €40,000' },
        { style: 'ListParagraph', text: 'April: €55,000' },
      ],
    });
    const parsed = await parseDocx(bytes);
    expect(outline(parsed)).toEqual([
      'heading1: Harbour contracts',
      'heading1: What the ledger shows',
      'paragraph: The council paid “Okafor & Sons” €95,000.',
      'blockquote: We followed the rules.',
      'heading2: Payments',
      'list-item: March: €40,000',
      'list-item: April: €55,000',
    ]);
    expect(parsed.text.split('\n\n')).toHaveLength(7);
    expect(parsed.mimeType).toBe(DOCX_MIME_TYPE);
  });

  it('reads title, authors and language from the core properties', async () => {
    const bytes = await makeDocx({
      title: 'Budget <draft> & notes',
      creator: 'Ada Obi; Jan Kowalski',
      language: 'en-GB',
      blocks: [{ style: 'Heading1', text: 'Not the title' }],
    });
    expect((await parseDocx(bytes)).metadata).toEqual({
      title: 'Budget <draft> & notes',
      authors: ['Ada Obi', 'Jan Kowalski'],
      language: 'en-GB',
    });
  });

  it('falls back to the first heading for a title, and to none without headings', async () => {
    const withHeading = await makeDocx({ blocks: [{ style: 'Normal', text: 'Intro.' }, { style: 'Heading2', text: 'The deal' }] });
    expect((await parseDocx(withHeading)).metadata).toEqual({ title: 'The deal' });
    const plain = await makeDocx({ blocks: [{ style: 'Normal', text: 'Only prose.' }] });
    expect((await parseDocx(plain)).metadata).toEqual({});
  });

  it('refuses an empty file', async () => {
    expect((await refusalOf(parseDocx(new Uint8Array()))).reason).toBe('empty');
  });

  it('refuses a document without text', async () => {
    const refusal = await refusalOf(parseDocx(await makeDocx({ blocks: [{ style: 'Normal', text: '   ' }] })));
    expect(refusal.reason).toBe('no-text');
  });

  it('refuses a password-protected Word file, saying what to do', async () => {
    const refusal = await refusalOf(parseDocx(makeOleCompoundFile(['EncryptionInfo', 'EncryptedPackage'])));
    expect(refusal.reason).toBe('encrypted');
    expect(refusal.message).toMatch(/password/);
    expect(refusal.message).toMatch(/PDF/);
  });

  it('refuses an old .doc file, suggesting .docx or PDF', async () => {
    const refusal = await refusalOf(parseDocx(makeOleCompoundFile(['WordDocument', 'SummaryInformation'])));
    expect(refusal.reason).toBe('unsupported');
    expect(refusal.message).toMatch(/old-format Word file \(\.doc\)/);
    expect(refusal.message).toMatch(/\.docx or PDF/);
  });

  it('refuses a truncated file as damaged', async () => {
    const refusal = await refusalOf(parseDocx(await makeTruncatedDocx()));
    expect(refusal.reason).toBe('corrupt');
    expect(refusal.message).toMatch(/^This Word file is damaged or incomplete/);
  });

  it('refuses a zip that is not a Word document', async () => {
    const refusal = await refusalOf(parseDocx(await makeNonWordZip()));
    expect(refusal.reason).toBe('corrupt');
    expect(refusal.message).toMatch(/not a Word document/);
  });

  it('refuses a Word file whose document part is not XML', async () => {
    const { makeZip } = await import('../test-fixtures/make-zip');
    const refusal = await refusalOf(parseDocx(makeZip([{ name: 'word/document.xml', data: '<<<not xml' }])));
    expect(refusal.reason).toBe('corrupt');
  });

  it.each(['high-ratio', 'many-entries', 'lying-size'] as const)('refuses a zip bomb (%s) without unpacking it', async (kind) => {
    const bytes = await makeZipBomb(kind);
    const started = performance.now();
    const refusal = await refusalOf(parseDocx(bytes));
    expect(refusal.reason).toBe('zip-bomb');
    expect(performance.now() - started).toBeLessThan(3000);
  });

  it('reads a 5,000-word document', async () => {
    const parsed = await parseDocx(await makeDocx(longDocxSpec(5000)));
    expect(parsed.text.split(/\s+/).length).toBeGreaterThanOrEqual(5000);
    expect(parsed.blocks.filter((block) => block.kind === 'blockquote').length).toBeGreaterThan(0);
    expect(parsed.metadata.title).toBe('A long report');
  });
});
