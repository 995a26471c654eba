import { useToasts } from './toasts';
import { useWorkspace } from './workspace';

/** Recently opened investigations, one click to open; a moved or deleted one can be forgotten. */
export function RecentList({ excludeOpen, headingLevel }: { excludeOpen: boolean; headingLevel: 'h2' | 'h3' }) {
  const workspace = useWorkspace();
  const toasts = useToasts();
  const recent = workspace.recent.filter((item) => !excludeOpen || item.path !== workspace.investigation?.path);
  if (recent.length === 0) return null;
  const Heading = headingLevel;
  return (
    <section className="recent-list" aria-label="Recent investigations">
      <Heading>Recent</Heading>
      <ul>
        {recent.map((item) => (
          <li key={item.path}>
            <button
              type="button"
              className="recent-item"
              disabled={!item.available}
              title={item.path}
              onClick={async () => {
                const failed = await workspace.openInvestigation(item.path);
                if (failed) toasts.show({ tone: 'error', title: `Could not open “${item.name}”`, message: failed });
              }}
            >
              <span className="recent-name">{item.name}</span>
              <span className="recent-path">{item.available ? item.path : `${item.path} — moved or deleted`}</span>
            </button>
            {!item.available ? (
              <button type="button" className="button button-small" onClick={() => workspace.forgetRecent(item.path)}>
                Forget
              </button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
