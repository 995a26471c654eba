import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { partialDateSchema } from '../../../shared/domain/dates';
import { openInvestigationDatabase, type OpenedDatabase } from '../db';
import { ServiceError } from '../service-error';
import { insertSource, structureMarkdown, type NewSource } from '../sources';
import { writeInitialMeta } from './meta';

export const SAMPLE_FILE_NAME = 'Sample investigation.sourcebook';

const investigationJsonSchema = z.object({ name: z.string().min(1), description: z.string() });
const sourceJsonSchema = z.object({
  title: z.string().min(1),
  outlet: z.string().nullable(),
  authors: z.array(z.string()),
  publishedDate: partialDateSchema.nullable(),
  url: z.string().nullable(),
  language: z.string().nullable(),
  description: z.string().default(''),
  fileName: z.string(),
});

export interface SampleContent {
  name: string;
  description: string;
  source: NewSource;
}

/** Reads the bundled sample (resources/sample) into what the sample investigation will hold. */
export function loadSampleContent(resourcesDir: string): SampleContent {
  const folder = path.join(resourcesDir, 'sample');
  try {
    const investigation = investigationJsonSchema.parse(readJson(path.join(folder, 'investigation.json')));
    const meta = sourceJsonSchema.parse(readJson(path.join(folder, 'source.json')));
    const original = fs.readFileSync(path.join(folder, 'article.md'));
    const { text, blocks } = structureMarkdown(original.toString('utf8'));
    return {
      ...investigation,
      source: { ...meta, mimeType: 'text/markdown', original, canonicalText: text, structure: blocks },
    };
  } catch (error) {
    console.error(`The bundled sample in ${folder} could not be read:`, error);
    throw new ServiceError(
      'INTERNAL',
      'The sample investigation that comes with Sourcebook is missing or damaged in this installation, so it could not be created. Your own investigations are not affected; reinstalling Sourcebook restores the sample.',
    );
  }
}

function readJson(filePath: string): unknown {
  return JSON.parse(fs.readFileSync(filePath, 'utf8'));
}

/** Creates the sample investigation file, filled and marked as the sample, and opens it. */
export async function createSampleInvestigation(
  filePath: string,
  resourcesDir: string,
  appVersion: string,
): Promise<OpenedDatabase> {
  // Read before creating anything, so a broken installation leaves no empty sample behind.
  const content = loadSampleContent(resourcesDir);
  return openInvestigationDatabase(filePath, {
    mode: 'create',
    initialize: (db) => {
      writeInitialMeta(db, { name: content.name, description: content.description, isSample: true, appVersion });
      insertSource(db, content.source);
    },
  });
}
