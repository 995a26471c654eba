import { messageOf } from '../api/api-error';
import { Icon } from '../ui/icons';
import { useApi } from './api-context';
import { useRunningTasks } from './tasks';
import { useToasts } from './toasts';
import { useWorkspace } from './workspace';

/** Progress of long work (with cancel) and the toasts, in one polite live region. */
export function StatusArea() {
  const api = useApi();
  const tasks = useRunningTasks();
  const { toasts, dismiss, show } = useToasts();
  const { connection } = useWorkspace();
  return (
    <div className="status-area">
      {connection !== 'open' ? (
        <div className="connection-banner" role="alert">
          {connection === 'reconnecting'
            ? 'Lost the connection to the Sourcebook server; reconnecting… Changes you make now may not be saved.'
            : 'The Sourcebook server no longer accepts this page (it was probably restarted). Open the address it printed when it started.'}
        </div>
      ) : null}
      <div className="task-list" role="status" aria-live="polite">
        {tasks.map((task) => {
          const percent = task.total > 0 ? Math.round((task.done / task.total) * 100) : 0;
          return (
            <div className="task" key={task.taskId}>
              <span className="task-label">{task.label}</span>
              <progress max={100} value={percent} aria-label={task.label} />
              <span className="task-percent">{percent}%</span>
              <button
                type="button"
                className="button button-small"
                onClick={() =>
                  api.call('tasks.cancel', { taskId: task.taskId }).catch((error: unknown) =>
                    show({ tone: 'error', title: 'Could not cancel', message: messageOf(error) }),
                  )
                }
              >
                Cancel
              </button>
            </div>
          );
        })}
      </div>
      <div className="toast-stack" aria-live="polite">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast-${toast.tone}`} role={toast.tone === 'error' ? 'alert' : 'status'}>
            <div className="toast-text">
              <strong>{toast.title}</strong>
              {toast.message ? <span>{toast.message}</span> : null}
            </div>
            <button type="button" className="icon-button" aria-label="Dismiss" onClick={() => dismiss(toast.id)}>
              <Icon name="close" size={16} />
            </button>
          </div>
        ))}
      </div>
    </div>
  );
}
