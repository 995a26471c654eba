import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { timestampSchema } from '../../../shared/domain/dates';
import type { RecentInvestigation } from '../../../shared/domain/investigation';

const MAX_RECENT = 12;

const entrySchema = z.object({ path: z.string().min(1), name: z.string(), lastOpenedAt: timestampSchema });
type Entry = z.infer<typeof entrySchema>;
const fileSchema = z.object({ version: z.literal(1), entries: z.array(z.unknown()) });

/**
 * The recently opened investigations, in `recent.json` in the data folder. The list is a
 * convenience: a damaged file is logged and treated as empty, never a reason to fail, and it is
 * replaced whole (written beside, then renamed) so a crash cannot leave half a list.
 */
export class RecentFiles {
  constructor(
    private readonly dataDir: string,
    private readonly now: () => Date = () => new Date(),
  ) {}

  get filePath(): string {
    return path.join(this.dataDir, 'recent.json');
  }

  /** Newest first; `available` says whether the file is still where it was. */
  list(): RecentInvestigation[] {
    return this.read().map((entry) => ({ ...entry, available: isFile(entry.path) }));
  }

  remember(filePath: string, name: string): RecentInvestigation[] {
    const entry: Entry = { path: filePath, name, lastOpenedAt: this.now().toISOString() };
    this.write([entry, ...this.read().filter((e) => !samePath(e.path, filePath))].slice(0, MAX_RECENT));
    return this.list();
  }

  /** Follows a rename of the investigation (not of its file) without changing the order. */
  rename(filePath: string, name: string): void {
    const entries = this.read();
    if (!entries.some((e) => samePath(e.path, filePath))) return;
    this.write(entries.map((e) => (samePath(e.path, filePath) ? { ...e, name } : e)));
  }

  forget(filePath: string): RecentInvestigation[] {
    const entries = this.read();
    const kept = entries.filter((e) => !samePath(e.path, filePath));
    if (kept.length !== entries.length) this.write(kept);
    return this.list();
  }

  private read(): Entry[] {
    let raw: string;
    try {
      raw = fs.readFileSync(this.filePath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') console.warn('Could not read the recent list:', error);
      return [];
    }
    try {
      const file = fileSchema.parse(JSON.parse(raw));
      // One bad entry (edited by hand, say) costs that entry, not the whole list.
      return file.entries.flatMap((e) => {
        const parsed = entrySchema.safeParse(e);
        return parsed.success ? [parsed.data] : [];
      });
    } catch (error) {
      console.warn(`Ignoring a damaged recent list (${this.filePath}):`, (error as Error).message);
      return [];
    }
  }

  private write(entries: Entry[]): void {
    fs.mkdirSync(this.dataDir, { recursive: true });
    const temporary = `${this.filePath}.${process.pid}-${Date.now()}.tmp`;
    try {
      fs.writeFileSync(temporary, `${JSON.stringify({ version: 1, entries }, null, 2)}\n`);
      fs.renameSync(temporary, this.filePath);
    } finally {
      fs.rmSync(temporary, { force: true });
    }
  }
}

function samePath(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
}

function isFile(filePath: string): boolean {
  try {
    return fs.statSync(filePath).isFile();
  } catch {
    return false;
  }
}
