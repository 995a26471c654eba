import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { sourceDetailSchema, type TextBlock } from '../../../shared/domain/source';
import { getSource, listSources } from '../sources';
import { loadSampleContent, SAMPLE_FILE_NAME } from './sample';
import { makeSession, repoResourcesDir } from './test-support';

const textOf = (text: string, block: TextBlock) => [...text].slice(block.start, block.end).join('');

describe('the bundled sample', () => {
  it('is a fictional article of about a thousand words, parsed into blocks by code points', () => {
    const { name, source } = loadSampleContent(repoResourcesDir);
    expect(name).toBe('Sample investigation');
    expect(source).toMatchObject({ publishedDate: '2026-03-12', language: 'en', mimeType: 'text/markdown' });
    expect(new URL(source.url!).hostname.endsWith('example.com')).toBe(true);

    const { canonicalText: text, structure: blocks } = source;
    const words = text.split(/\s+/).filter(Boolean).length;
    expect(words).toBeGreaterThanOrEqual(900);
    expect(words).toBeLessThanOrEqual(1200);
    expect(new Set(blocks.map((b) => b.kind))).toEqual(new Set(['heading', 'paragraph', 'blockquote']));
    expect(textOf(text, blocks[0]!)).toBe(source.title);
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.level)).toEqual([1, 2, 2]);
    for (const block of blocks) {
      const content = textOf(text, block);
      expect(content).toBe(content.trim());
      expect(content).not.toMatch(/^(#|>)/);
    }
    for (const phrase of ['Ms. Okafor', 'Mr. Lindqvist', 'US$95,000', '$1.5 million', 'C$3bn', '2.8-million',
      'on Wednesday', 'in September, 2020', 'last week', 'in 2023', 'Federal Border Integrity Agency (FBIA)',
      '” Ms. Okafor wrote, “']) {
      expect(text, phrase).toContain(phrase);
    }
    // A quotation that runs on: one paragraph ends without closing it, the next reopens it.
    const paragraphs = blocks.filter((b) => b.kind === 'paragraph').map((b) => textOf(text, b));
    expect(paragraphs.some((p, i) => p.startsWith('“') && !p.endsWith('”') && paragraphs[i + 1]?.startsWith('“'))).toBe(true);
  });

  it('is created in the data folder on first use, marked as the sample, and reopened after that', async () => {
    const { handlers, context, dataDir, session, events, restart } = makeSession();
    const info = await handlers['investigation.openSample']({}, context);
    expect(info).toMatchObject({
      name: 'Sample investigation',
      path: path.join(dataDir, SAMPLE_FILE_NAME),
      isSample: true,
      sourceCount: 1,
    });
    expect(events.map((e) => e.type)).toEqual(['investigation.opened']);

    const [summary] = listSources(session.requireDb());
    const detail = sourceDetailSchema.parse(getSource(session.requireDb(), summary!.id));
    expect(detail.fileName).toBe('halden-systems-border-contract.md');
    expect(detail.sizeBytes).toBe(fs.statSync(path.join(repoResourcesDir, 'sample', 'article.md')).size);
    expect(detail.wordCount).toBeGreaterThan(900);

    const next = await restart();
    const inode = fs.statSync(info.path).ino;
    await next.openSample();
    expect(fs.statSync(info.path).ino).toBe(inode);
    expect(listSources(next.requireDb())).toHaveLength(1);
  });

  it('is made again when a crash while making it left an empty file', async () => {
    const { session, dataDir } = makeSession();
    fs.mkdirSync(dataDir, { recursive: true });
    // What a creation cut short leaves (see createDatabase): an empty file and its journal.
    fs.writeFileSync(path.join(dataDir, SAMPLE_FILE_NAME), '');
    fs.writeFileSync(path.join(dataDir, `${SAMPLE_FILE_NAME}-journal`), '');

    const info = await session.openSample();
    expect(info).toMatchObject({ name: 'Sample investigation', isSample: true, sourceCount: 1 });
    expect(fs.existsSync(path.join(dataDir, `${SAMPLE_FILE_NAME}-journal`))).toBe(false);
  });

  it('leaves no file behind when the bundled content is missing', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { handlers, context, dataDir } = makeSession({ resourcesDir: path.join(repoResourcesDir, 'no-such-folder') });
    await expect(handlers['investigation.openSample']({}, context)).rejects.toMatchObject({ code: 'INTERNAL' });
    expect(fs.existsSync(path.join(dataDir, SAMPLE_FILE_NAME))).toBe(false);
    vi.restoreAllMocks();
  });
});
