import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { formatByteLimit, MAX_SOURCE_FILE_BYTES, type ImportItem } from '../../../../shared/domain/import';
import { messageOf } from '../../api/api-error';
import { useApi } from '../../app/api-context';
import { navigate } from '../../app/route';
import { newTaskId } from '../../app/tasks';
import { useToasts } from '../../app/toasts';
import { useWorkspace } from '../../app/workspace';
import { withResult, type ImportBatch, type ImportRow } from './import-batch-state';
import { fileToBase64 } from './read-file';

interface ImportApi {
  batch: ImportBatch | null;
  dialogOpen: boolean;
  importFiles(files: File[]): void;
  importPaste(paste: { html?: string; text?: string }): void;
  /** The system dialog in the desktop app, the browser's file chooser in server mode. */
  chooseFiles(): void;
  cancel(): void;
  showDialog(): void;
  hideDialog(): void;
  /** Forgets a finished batch. */
  dismiss(): void;
}

const ImportContext = createContext<ImportApi | null>(null);

interface Planned {
  rows: ImportRow[];
  /** Turns an item into what sources.import takes; null for rows already settled (too large). */
  prepare: Array<(() => Promise<ImportItem>) | null>;
}

/**
 * One import at a time, from any entry point (button, menu, drop, paste): files are uploaded
 * one by one (each a bounded request), then imported in one call whose per-item events fill
 * the dialog as they arrive. The dialog can be hidden; the status area keeps the progress.
 */
export function ImportProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const toasts = useToasts();
  const { appInfo, investigation } = useWorkspace();
  const [batch, setBatch] = useState<ImportBatch | null>(null);
  const [dialogOpen, setDialogOpen] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const cancelled = useRef(false);
  // Read by callbacks outside React's updates: whether a batch runs, and its task id.
  const runningTask = useRef<string | null>(null);

  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type !== 'import.item') return;
        // A cancel sent before the server had registered the task was lost: send it again.
        if (cancelled.current && event.taskId === runningTask.current) {
          void api.call('tasks.cancel', { taskId: event.taskId }).catch(() => undefined);
        }
        setBatch((current) => (current && current.taskId === event.taskId ? withResult(current, mapIndex(current, event.index), event.result) : current));
      }),
    [api],
  );

  const runBatch = useCallback(
    async (taskId: string, planned: Planned) => {
      setBatch({ taskId, phase: 'uploading', rows: planned.rows, cancelRequested: false });
      setDialogOpen(true);

      const items: ImportItem[] = [];
      const sentIndexes: number[] = [];
      for (const [index, prepare] of planned.prepare.entries()) {
        if (!prepare) continue;
        if (cancelled.current) break;
        setBatch((current) => current && updateRow(current, index, { status: 'uploading' }));
        try {
          items.push(await prepare());
          sentIndexes.push(index);
          setBatch((current) => current && updateRow(current, index, { status: 'waiting' }));
        } catch (error) {
          setBatch((current) => current && updateRow(current, index, { status: 'failed', message: messageOf(error) }));
        }
      }
      if (cancelled.current || items.length === 0) {
        // Uploaded, but never to be imported: the services need not hold them any longer.
        const stagedIds = items.flatMap((item) => (item.kind === 'staged' ? [item.stagedId] : []));
        if (stagedIds.length > 0) void api.call('sources.unstage', { stagedIds }).catch(() => undefined);
        setBatch((current) => current && finishRows(current, 'Not imported: the import was cancelled.'));
        return;
      }
      setBatch((current) => current && { ...current, phase: 'importing', sentIndexes });
      try {
        const { results } = await api.call('sources.import', { items, taskId });
        setBatch((current) => {
          if (!current) return current;
          let next = current;
          results.forEach((result, position) => (next = withResult(next, sentIndexes[position]!, result)));
          return { ...next, phase: 'finished' };
        });
        const imported = results.filter((result) => result.status === 'imported');
        // One file that simply worked needs no summary: open it.
        if (planned.rows.length === 1 && imported.length === 1 && imported[0]!.sourceId) {
          setDialogOpen(false);
          toasts.show({ tone: 'success', title: `Imported “${imported[0]!.title ?? imported[0]!.name}”` });
          navigate({ view: 'sources', rest: [String(imported[0]!.sourceId)] });
        }
      } catch (error) {
        setBatch((current) => current && { ...finishRows(current, 'Not imported.', 'failed'), error: messageOf(error) });
      }
    },
    [api, toasts],
  );

  const run = useCallback(
    async (planned: Planned) => {
      if (runningTask.current) {
        toasts.show({ tone: 'info', title: 'An import is already running', message: 'Wait for it to finish, or cancel it, then import these.' });
        return;
      }
      const taskId = newTaskId();
      runningTask.current = taskId;
      cancelled.current = false;
      try {
        await runBatch(taskId, planned);
      } finally {
        runningTask.current = null;
      }
    },
    [runBatch, toasts],
  );

  const importFiles = useCallback(
    (files: File[]) => {
      if (files.length === 0) return;
      void run({
        rows: files.map((file) =>
          file.size > MAX_SOURCE_FILE_BYTES
            ? {
                name: file.name,
                status: 'failed',
                message: `“${file.name}” is ${formatByteLimit(file.size)}; Sourcebook imports files up to ${formatByteLimit(MAX_SOURCE_FILE_BYTES)}. Split it, or save only the part you need.`,
              }
            : { name: file.name, status: 'waiting' },
        ),
        prepare: files.map((file) =>
          file.size > MAX_SOURCE_FILE_BYTES
            ? null
            : async () => {
                const { stagedId } = await api.call('sources.stage', { name: file.name, data: await fileToBase64(file) });
                return { kind: 'staged', stagedId } as const;
              },
        ),
      });
    },
    [api, run],
  );

  const importPaste = useCallback(
    (paste: { html?: string; text?: string }) => {
      void run({ rows: [{ name: 'Pasted text', status: 'waiting' }], prepare: [async () => ({ kind: 'paste', ...paste })] });
    },
    [run],
  );

  const chooseFiles = useCallback(() => {
    if (!investigation) return;
    if (!appInfo?.nativeDialogs) {
      inputRef.current?.click();
      return;
    }
    api.call('files.chooseSources', {}).then(
      (choice) => {
        if (choice.status === 'unsupported') inputRef.current?.click();
        if (choice.status !== 'chosen') return;
        void run({
          rows: choice.paths.map((path) => ({ name: baseName(path, appInfo.pathSeparator), status: 'waiting' })),
          prepare: choice.paths.map((path) => async () => ({ kind: 'path', path }) as const),
        });
      },
      (error: unknown) => toasts.show({ tone: 'error', title: 'Could not open the file dialog', message: messageOf(error) }),
    );
  }, [api, appInfo, investigation, run, toasts]);

  const cancel = useCallback(() => {
    cancelled.current = true;
    // While uploading there is no task yet; the upload loop sees the flag instead.
    if (runningTask.current) void api.call('tasks.cancel', { taskId: runningTask.current }).catch(() => undefined);
    setBatch((current) => current && { ...current, cancelRequested: true });
  }, [api]);

  const value = useMemo<ImportApi>(
    () => ({
      batch,
      dialogOpen,
      importFiles,
      importPaste,
      chooseFiles,
      cancel,
      showDialog: () => setDialogOpen(true),
      hideDialog: () => setDialogOpen(false),
      dismiss: () => {
        setDialogOpen(false);
        setBatch((current) => (current?.phase === 'finished' ? null : current));
      },
    }),
    [batch, dialogOpen, importFiles, importPaste, chooseFiles, cancel],
  );

  return (
    <ImportContext.Provider value={value}>
      {children}
      <input
        ref={inputRef}
        type="file"
        multiple
        hidden
        data-testid="import-file-input"
        accept=".html,.htm,.xhtml,.docx,.pdf,.txt,.text,.md,.markdown,text/html,text/plain,text/markdown,application/pdf"
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          // Cleared so choosing the same file again still fires a change.
          event.currentTarget.value = '';
          importFiles(files);
        }}
      />
    </ImportContext.Provider>
  );
}

export function useImport(): ImportApi {
  const context = useContext(ImportContext);
  if (!context) throw new Error('useImport must be used inside ImportProvider');
  return context;
}

/** The server numbers only the items it was sent; rows refused before sending are skipped. */
function mapIndex(batch: ImportBatch, index: number): number {
  return batch.sentIndexes?.[index] ?? index;
}

function updateRow(batch: ImportBatch, index: number, change: Partial<ImportRow>): ImportBatch {
  const rows = batch.rows.slice();
  rows[index] = { ...rows[index]!, ...change };
  return { ...batch, rows };
}

function finishRows(batch: ImportBatch, message: string, status: 'cancelled' | 'failed' = 'cancelled'): ImportBatch {
  return {
    ...batch,
    phase: 'finished',
    rows: batch.rows.map((row) => (row.status === 'waiting' || row.status === 'uploading' ? { ...row, status, message } : row)),
  };
}

function baseName(path: string, separator: string): string {
  return path.slice(path.lastIndexOf(separator) + 1) || path;
}
