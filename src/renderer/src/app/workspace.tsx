import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { AppInfo } from '../../../shared/domain/app';
import type { InvestigationInfo, RecentInvestigation } from '../../../shared/domain/investigation';
import { messageOf } from '../api/api-error';
import type { ConnectionState } from '../api/transport';
import { useApi } from './api-context';
import { newTaskId } from './tasks';
import { useToasts } from './toasts';

export type DialogKind = 'new' | 'open' | 'saveCopy' | 'palette' | 'shortcuts' | null;

interface Workspace {
  appInfo: AppInfo | null;
  investigation: InvestigationInfo | null;
  recent: RecentInvestigation[];
  /** True until the first answer about the open investigation arrives. */
  loading: boolean;
  connection: ConnectionState;
  dialog: DialogKind;
  openDialog(kind: DialogKind): void;
  closeDialog(): void;
  /** Each returns an error message for the dialog that asked, or null when it worked. */
  createInvestigation(path: string, name: string): Promise<string | null>;
  openInvestigation(path: string): Promise<string | null>;
  saveCopy(path: string): Promise<string | null>;
  openSample(): Promise<void>;
  rename(name: string): Promise<void>;
  /** True when it was saved; a failure has been shown as a toast. */
  updateDescription(description: string): Promise<boolean>;
  refreshRecent(): Promise<void>;
  forgetRecent(path: string): Promise<void>;
  /** Desktop app: the system dialog; server mode: the in-app path dialog. */
  chooseAndOpen(): Promise<void>;
  chooseAndSaveCopy(): Promise<void>;
}

const WorkspaceContext = createContext<Workspace | null>(null);

export function WorkspaceProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const toasts = useToasts();
  const [appInfo, setAppInfo] = useState<AppInfo | null>(null);
  const [investigation, setInvestigation] = useState<InvestigationInfo | null>(null);
  const [recent, setRecent] = useState<RecentInvestigation[]>([]);
  const [loading, setLoading] = useState(true);
  const [dialog, setDialog] = useState<DialogKind>(null);
  const [connection, setConnection] = useState<ConnectionState>('open');

  // The recent list is a convenience: failing to refresh it must not fail what asked for it.
  const refreshRecent = useCallback(async () => {
    try {
      setRecent(await api.call('investigation.recent', {}));
    } catch {
      // Keep the list as it was.
    }
  }, [api]);

  /** Closes a dialog only if it is still the one that started the work. */
  const closeDialogIf = useCallback((...kinds: DialogKind[]) => {
    setDialog((current) => (kinds.includes(current) ? null : current));
  }, []);

  useEffect(() => {
    let cancelled = false;
    Promise.all([api.call('app.info', {}), api.call('investigation.current', {}), api.call('investigation.recent', {})])
      .then(([info, current, recentFiles]) => {
        if (cancelled) return;
        setAppInfo(info);
        setInvestigation(current);
        setRecent(recentFiles);
        if (info.startupProblem) {
          toasts.show({ tone: 'error', title: 'The investigation could not be opened', message: info.startupProblem });
        }
      })
      .catch((error: unknown) => toasts.show({ tone: 'error', title: 'Could not start', message: messageOf(error) }))
      .finally(() => !cancelled && setLoading(false));
    const unsubscribe = api.onEvent((event) => {
      if (event.type === 'investigation.opened' || event.type === 'investigation.updated') {
        setInvestigation(event.investigation);
      }
    });
    // Events may have been missed while the stream was down: re-read what the frame shows.
    let previous: ConnectionState = 'open';
    const unsubscribeConnection = api.onConnectionChange((state) => {
      setConnection(state);
      if (state === 'open' && previous !== 'open') {
        api.call('investigation.current', {}).then(setInvestigation, () => undefined);
        api.call('investigation.recent', {}).then(setRecent, () => undefined);
      }
      previous = state;
    });
    return () => {
      cancelled = true;
      unsubscribe();
      unsubscribeConnection();
    };
    // toasts.show is stable; listing `toasts` would re-run this on every toast.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api]);

  const afterOpen = useCallback(
    async (info: InvestigationInfo, verb: string) => {
      setInvestigation(info);
      closeDialogIf('new', 'open');
      await refreshRecent();
      toasts.dismissErrors();
      toasts.show({ tone: 'success', title: `${verb} “${info.name}”` });
      if (info.upgrade) {
        toasts.show({
          tone: 'info',
          sticky: true,
          title: 'Upgraded to this version’s file format',
          message: `The file was in format ${info.upgrade.fromVersion}; an untouched copy was kept at ${info.upgrade.backupPath}.`,
        });
      }
    },
    [refreshRecent, toasts, closeDialogIf],
  );

  const attempt = useCallback(async (work: () => Promise<void>): Promise<string | null> => {
    try {
      await work();
      return null;
    } catch (error) {
      return messageOf(error);
    }
  }, []);

  const workspace = useMemo<Workspace>(
    () => ({
      appInfo,
      investigation,
      recent,
      loading,
      connection,
      dialog,
      openDialog: setDialog,
      closeDialog: () => setDialog(null),
      createInvestigation: (path, name) =>
        attempt(async () => afterOpen(await api.call('investigation.create', { path, name }), 'Created')),
      openInvestigation: (path) =>
        attempt(async () => afterOpen(await api.call('investigation.open', { path }), 'Opened')),
      saveCopy: (path) =>
        attempt(async () => {
          const copy = await api.call('investigation.saveCopy', { path, taskId: newTaskId() });
          closeDialogIf('saveCopy');
          toasts.show({ tone: 'success', title: 'Copy saved', message: copy.path });
        }),
      openSample: async () => {
        const failed = await attempt(async () => afterOpen(await api.call('investigation.openSample', {}), 'Opened'));
        if (failed) toasts.show({ tone: 'error', title: 'Could not open the sample', message: failed });
      },
      rename: async (name) => {
        const failed = await attempt(async () => {
          setInvestigation(await api.call('investigation.update', { name }));
          await refreshRecent();
        });
        if (failed) toasts.show({ tone: 'error', title: 'Could not rename', message: failed });
      },
      updateDescription: async (description) => {
        const failed = await attempt(async () => {
          setInvestigation(await api.call('investigation.update', { description }));
        });
        if (failed) toasts.show({ tone: 'error', title: 'Could not save the description', message: failed });
        return failed === null;
      },
      refreshRecent,
      forgetRecent: async (path) => {
        const failed = await attempt(async () => setRecent(await api.call('investigation.forgetRecent', { path })));
        if (failed) toasts.show({ tone: 'error', title: 'Could not update the recent list', message: failed });
      },
      chooseAndOpen: async () => {
        const failed = await attempt(async () => {
          const choice = await api.call('app.choosePath', { purpose: 'open' });
          if (choice.status === 'unsupported') return setDialog('open');
          if (choice.status !== 'chosen') return;
          await afterOpen(await api.call('investigation.open', { path: choice.path }), 'Opened');
        });
        if (failed) toasts.show({ tone: 'error', title: 'Could not open that file', message: failed });
      },
      chooseAndSaveCopy: async () => {
        const suggestedName = investigation ? `${investigation.name} (copy)` : undefined;
        const failed = await attempt(async () => {
          const choice = await api.call('app.choosePath', { purpose: 'saveCopy', suggestedName });
          if (choice.status === 'unsupported') return setDialog('saveCopy');
          if (choice.status !== 'chosen') return;
          const copy = await api.call('investigation.saveCopy', { path: choice.path, taskId: newTaskId() });
          toasts.show({ tone: 'success', title: 'Copy saved', message: copy.path });
        });
        if (failed) toasts.show({ tone: 'error', title: 'Could not save a copy', message: failed });
      },
    }),
    [api, appInfo, investigation, recent, loading, connection, dialog, attempt, afterOpen, refreshRecent, toasts, closeDialogIf],
  );

  return <WorkspaceContext.Provider value={workspace}>{children}</WorkspaceContext.Provider>;
}

export function useWorkspace(): Workspace {
  const workspace = useContext(WorkspaceContext);
  if (!workspace) throw new Error('useWorkspace outside WorkspaceProvider');
  return workspace;
}
