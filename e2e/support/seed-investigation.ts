import { closeInvestigationDatabase, openInvestigationDatabase } from '../../src/main/core/db';
import { insertSource } from '../../src/main/core/sources';
import type { LongSource } from './long-source';

/**
 * Writes an investigation file holding one long source before a server opens it: how a test
 * gets a source no fixture holds (a 150,000-word report). The source is stored by the core,
 * as an import would store it.
 */
export async function writeInvestigationWith(filePath: string, source: LongSource): Promise<void> {
  const { db } = await openInvestigationDatabase(filePath, {
    mode: 'create',
    initialize: (handle) => {
      handle
        .prepare('INSERT INTO investigation (name, created_at, created_by_version) VALUES (?, ?, ?)')
        .run('Long report', '2026-03-12T09:00:00.000Z', '0.0.0-e2e');
      insertSource(handle, {
        title: source.title,
        outlet: 'Harbour Commission',
        authors: ['Inquiry secretariat'],
        publishedDate: '2025-11',
        mimeType: 'text/plain',
        fileName: 'inquiry-report.txt',
        original: Buffer.from(source.text, 'utf8'),
        canonicalText: source.text,
        structure: source.blocks,
        importedAt: '2026-03-12T09:30:00.000Z',
      });
    },
  });
  closeInvestigationDatabase(db);
}
