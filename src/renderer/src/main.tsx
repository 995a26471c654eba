import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectToServices } from './api/client';
import { ApiContext } from './app/api-context';
import { App } from './app/App';
import { TasksProvider } from './app/tasks';
import { ToastProvider } from './app/toasts';
import { WorkspaceProvider } from './app/workspace';
import { ImportProvider } from './features/import/import-context';
import { SuggestionReviewProvider } from './features/suggestions/suggestion-review';
import { TaggingProvider } from './features/tagging/tagging-context';
import { TimelineSelectionProvider } from './features/timeline/timeline-selection';
import { FactCheckSelectionProvider } from './features/fact-check/fact-check-selection';
import './styles/tokens.css';
import './styles/base.css';
import './styles/frame.css';
import './styles/forms.css';
import './styles/dialogs.css';
import './styles/status.css';
import './styles/start.css';
import './styles/tables.css';
import './styles/sources.css';
import './styles/import.css';
import './styles/tagging.css';
import './styles/notes.css';
import './styles/note-embeds.css';
import './styles/entities.css';
import './styles/suggestions.css';
import './styles/timeline.css';
import './styles/fact-check.css';
import './styles/compare.css';

const root = createRoot(document.getElementById('root')!);
const api = connectToServices();

if ('error' in api) {
  root.render(
    <main className="fatal">
      <h1>Sourcebook cannot connect</h1>
      <p>{api.error}</p>
    </main>,
  );
} else {
  root.render(
    <StrictMode>
      <ApiContext.Provider value={api}>
        <ToastProvider>
          <TasksProvider>
            <WorkspaceProvider>
              <ImportProvider>
                <TaggingProvider>
                  <SuggestionReviewProvider>
                    <TimelineSelectionProvider>
                      <FactCheckSelectionProvider>
                        <App />
                      </FactCheckSelectionProvider>
                    </TimelineSelectionProvider>
                  </SuggestionReviewProvider>
                </TaggingProvider>
              </ImportProvider>
            </WorkspaceProvider>
          </TasksProvider>
        </ToastProvider>
      </ApiContext.Provider>
    </StrictMode>,
  );
}
