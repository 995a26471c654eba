import { createAnnotation } from '../src/main/core/annotations/annotation-repository';
import { closeInvestigationDatabase, openInvestigationDatabase } from '../src/main/core/db';
import { createEntity } from '../src/main/core/entities/entity-repository';
import { insertSource } from '../src/main/core/sources';
import type { AnnotationKind } from '../src/shared/domain/annotation';
import { makeLongSource } from '../e2e/support/long-source';
import { withAppInBrowser } from './app-in-browser';
import { figure, type BenchGroup } from './harness';
import { openReader, timed } from './reader.bench';

const ANNOTATIONS = 2000;
const KINDS: AnnotationKind[] = ['quote', 'mention', 'claim', 'event', 'comment'];

/**
 * The reader on a source with 2,000 annotations of every kind, against the same text with none,
 * in the same file and the same Chromium run: the cost of loading, anchoring and painting them.
 */
export const annotatedReaderBench: BenchGroup = {
  name: 'annotated-reader',
  description: `open a 150,000-word source with ${ANNOTATIONS} annotations, against the same text without`,
  async run() {
    return withAppInBrowser('annotated', (target) => writeTwoCopies(target), async (page, server) => {
      const plain: number[] = [];
      const annotated: number[] = [];
      for (let round = 0; round < 2; round++) {
        plain.push(await timed(() => openReader(page, `${server.origin}/#/sources/1`)));
        annotated.push(await timed(() => openReader(page, `${server.origin}/#/sources/2`)));
      }
      // The annotations really were painted: the figure is not of an empty reader.
      const painted = await page.evaluate(() => {
        let total = 0;
        CSS.highlights.forEach((highlight, name) => {
          if (name.startsWith('ann-')) total += highlight.size;
        });
        return total;
      });
      process.stderr.write(`  ${painted} annotation ranges painted in the rendered sections\n`);
      return [
        figure({
          name: `open a source with ${ANNOTATIONS} annotations`,
          value: Math.min(...annotated),
          floor: Math.min(...plain),
          floorName: 'the same text with none',
          target: null,
          ratioTarget: 1.5,
        }),
      ];
    });
  },
};

/** Source 1 and 2 share their text; only source 2 is annotated, evenly from start to end. */
async function writeTwoCopies(file: string): Promise<void> {
  const source = makeLongSource();
  const { db } = await openInvestigationDatabase(file, {
    mode: 'create',
    initialize: (handle) => {
      handle.prepare('INSERT INTO investigation (name, created_at, created_by_version) VALUES (?, ?, ?)').run('Annotated', new Date().toISOString(), 'bench');
    },
  });
  try {
    for (const copy of [1, 2]) {
      insertSource(db, {
        title: `Report, copy ${copy}`,
        mimeType: 'text/plain',
        // Different bytes (and so hashes) for the same canonical text.
        original: Buffer.from(`${source.text}\n${copy}`),
        canonicalText: source.text,
        structure: source.blocks,
      });
    }
    const person = createEntity(db, { name: 'Council spokesperson', type: 'person' });
    const codePoints = [...source.text];
    const step = Math.floor(codePoints.length / ANNOTATIONS);
    db.transaction(() => {
      for (let index = 0; index < ANNOTATIONS; index++) {
        let start = index * step;
        while (start < codePoints.length && /\s/.test(codePoints[start]!)) start++;
        let end = Math.min(codePoints.length, start + 12 + (index % 40));
        while (end > start && /\s/.test(codePoints[end - 1]!)) end--;
        if (end <= start) continue;
        const kind = KINDS[index % KINDS.length]!;
        createAnnotation(db, {
          sourceId: 2,
          kind,
          span: { start, end, exact: codePoints.slice(start, end).join(''), prefix: '', suffix: '' },
          entityId: kind === 'mention' ? person.id : null,
        });
      }
    })();
  } finally {
    closeInvestigationDatabase(db);
  }
}
