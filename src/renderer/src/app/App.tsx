import { useCallback, useEffect, useMemo, useState } from 'react';
import { CommandPalette } from '../dialogs/CommandPalette';
import { NewInvestigationDialog } from '../dialogs/NewInvestigationDialog';
import { OpenDialog } from '../dialogs/OpenDialog';
import { SaveCopyDialog } from '../dialogs/SaveCopyDialog';
import { ShortcutsSheet } from '../dialogs/ShortcutsSheet';
import { CompareView } from '../features/compare/CompareView';
import { EntitiesView } from '../features/entities/EntitiesView';
import { FactCheckView } from '../features/fact-check/FactCheckView';
import { NotesView } from '../features/notes/NotesView';
import { PlaceholderView } from '../features/PlaceholderView';
import { DropOverlay } from '../features/import/DropOverlay';
import { ImportDialog } from '../features/import/ImportDialog';
import { useImport } from '../features/import/import-context';
import { EDIT_SOURCE_DETAILS_EVENT } from '../features/sources/SourceInspector';
import { useSuggestionReview } from '../features/suggestions/suggestion-review';
import { SHOW_INSPECTOR_EVENT } from '../features/tagging/TaggingLayer';
import { useTagging } from '../features/tagging/tagging-context';
import { useAnnotationInterchange } from '../features/tagging/use-annotation-interchange';
import { SourcesView } from '../features/sources/SourcesView';
import { StartScreen } from '../features/start/StartScreen';
import { TimelineView } from '../features/timeline/TimelineView';
import { useApi } from './api-context';
import { useCommands } from './commands';
import { Inspector } from './Inspector';
import { NavRail } from './NavRail';
import { sourceRouteTarget, useRoute } from './route';
import { StatusArea } from './StatusArea';
import { TitleBar } from './TitleBar';
import { useGlobalShortcuts } from './use-global-shortcuts';
import { useInspectorVisibility } from './use-inspector-visibility';
import { viewById } from './views';
import { useWorkspace } from './workspace';

export function App() {
  const api = useApi();
  const workspace = useWorkspace();
  const route = useRoute();
  const [renaming, setRenaming] = useState(false);
  const startRename = useCallback(() => setRenaming(true), []);
  const inspector = useInspectorVisibility();
  const importer = useImport();
  const tagging = useTagging();
  const openSourceId = route.view === 'sources' ? sourceRouteTarget(route.rest).sourceId : null;
  const readerOpen = openSourceId !== null;
  const interchange = useAnnotationInterchange();
  const { analyze } = useSuggestionReview();
  const analysis = useMemo(
    () => ({
      analyzeAll: () => void analyze(null),
      analyzeSource: () => void (openSourceId !== null && analyze([openSourceId])),
    }),
    [analyze, openSourceId],
  );
  const commands = useCommands(startRename, inspector.toggle, importer.chooseFiles, readerOpen, tagging, interchange, analysis);
  const showInspector = inspector.show;
  const editSourceDetails = useCallback(() => {
    showInspector();
    // The inspector may mount only now: let it render before asking it to focus.
    window.requestAnimationFrame(() => window.dispatchEvent(new Event(EDIT_SOURCE_DETAILS_EVENT)));
  }, [showInspector]);
  useEffect(() => {
    window.addEventListener(SHOW_INSPECTOR_EVENT, showInspector);
    return () => window.removeEventListener(SHOW_INSPECTOR_EVENT, showInspector);
  }, [showInspector]);

  useGlobalShortcuts(commands, workspace.dialog !== null || importer.dialogOpen);

  // The desktop app's native menu sends the same commands the palette runs.
  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type !== 'app.command') return;
        commands.find((command) => command.id === event.command && command.enabled)?.run();
      }),
    [api, commands],
  );

  const view = viewById(route.view)!;
  const investigation = workspace.investigation;

  return (
    <div className="app-frame">
      <TitleBar
        commands={commands}
        renaming={renaming}
        onRenamingChange={setRenaming}
        inspectorOpen={inspector.open}
        onToggleInspector={inspector.toggle}
      />
      <div className="app-body">
        <NavRail route={route} disabled={!investigation} />
        {workspace.loading ? (
          <main className="main-pane" aria-busy="true">
            <p className="view-loading">Opening the investigation…</p>
          </main>
        ) : investigation ? (
          <>
            <main className="main-pane" aria-label={view.label} key={investigation.path}>
              {view.id === 'sources' ? <SourcesView rest={route.rest} onEditDetails={editSourceDetails} /> : view.id === 'entities' ? <EntitiesView rest={route.rest} /> : view.id === 'notes' ? <NotesView rest={route.rest} /> : view.id === 'timeline' ? <TimelineView query={route.query} /> : view.id === 'factcheck' ? <FactCheckView query={route.query} /> : view.id === 'compare' ? <CompareView rest={route.rest} query={route.query} /> : <PlaceholderView view={view} />}
            </main>
            {inspector.open ? <Inspector route={route} /> : null}
          </>
        ) : (
          <StartScreen />
        )}
      </div>
      <StatusArea />
      <ImportDialog />
      <DropOverlay />
      {workspace.dialog === 'new' ? <NewInvestigationDialog /> : null}
      {workspace.dialog === 'open' ? <OpenDialog /> : null}
      {workspace.dialog === 'saveCopy' ? <SaveCopyDialog /> : null}
      {workspace.dialog === 'palette' ? <CommandPalette commands={commands} /> : null}
      {workspace.dialog === 'shortcuts' ? <ShortcutsSheet commands={commands} /> : null}
    </div>
  );
}
