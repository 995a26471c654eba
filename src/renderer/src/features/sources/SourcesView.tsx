import { useEffect, useState } from 'react';
import type { SourceSummary } from '../../../../shared/domain/source';
import { messageOf } from '../../api/api-error';
import { useApi } from '../../app/api-context';
import { navigate } from '../../app/route';
import { useWorkspace } from '../../app/workspace';
import { views } from '../../app/views';
import { EmptyState } from '../../ui/EmptyState';
import { formatPartialDate } from '../../ui/format-date';
import { SourceReader } from './SourceReader';

const sourcesView = views[0]!;

export function SourcesView({ rest }: { rest: string[] }) {
  const api = useApi();
  const workspace = useWorkspace();
  const investigation = workspace.investigation;
  const [sources, setSources] = useState<SourceSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const selectedId = rest[0] ? Number(rest[0]) : null;

  useEffect(() => {
    let current = true;
    setError(null);
    api
      .call('sources.list', {})
      .then((list) => current && setSources(list))
      .catch((failure: unknown) => current && setError(messageOf(failure)));
    return () => {
      current = false;
    };
  }, [api, investigation?.path]);

  if (error) return <p className="view-error" role="alert">{error}</p>;
  if (!sources) return <p className="view-loading">Loading sources…</p>;
  if (sources.length === 0) {
    return (
      <EmptyState
        icon="sources"
        title={sourcesView.emptyTitle}
        action={
          <button type="button" className="button" onClick={() => void workspace.openSample()}>
            Open the sample investigation
          </button>
        }
      >
        {sourcesView.emptyText}
      </EmptyState>
    );
  }

  return (
    <div className="sources-layout">
      <ul className="source-list" aria-label="Sources">
        {sources.map((source) => (
          <li key={source.id}>
            <a
              href={`#/sources/${source.id}`}
              className="source-item"
              aria-current={source.id === selectedId ? 'true' : undefined}
              onClick={(event) => {
                event.preventDefault();
                navigate({ view: 'sources', rest: [String(source.id)] });
              }}
            >
              <span className="source-title">{source.title}</span>
              <span className="source-meta">
                {[source.outlet, source.publishedDate ? formatPartialDate(source.publishedDate) : null, `${source.wordCount.toLocaleString()} words`]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </a>
          </li>
        ))}
      </ul>
      <div className="source-pane">
        {selectedId ? <SourceReader id={selectedId} /> : <p className="hint-centered">Choose a source to read it.</p>}
      </div>
    </div>
  );
}
