import { useCallback, useEffect, useRef, useState } from 'react';
import type { PinnedRowValue, SavedComparison } from '../../../../shared/domain/comparison';
import { messageOf } from '../../api/api-error';
import { useApi } from '../../app/api-context';
import { navigate } from '../../app/route';
import { shortcutLabel } from '../../app/shortcut-label';
import { useToasts } from '../../app/toasts';
import { EmptyState } from '../../ui/EmptyState';
import { useTagging } from '../tagging/tagging-context';
import { ColumnEditor } from './ColumnEditor';
import { ComparisonTable } from './ComparisonTable';
import { compareQuery, draftProblem, emptyColumn, MAX_COLUMNS, MIN_COLUMNS, readCompareRoute, specOf, type ComparisonDraft } from './compare-spec';
import { DiscrepanciesPanel } from './DiscrepanciesPanel';
import { ExportMenu } from './ExportMenu';
import { pinsForColumns } from './pins';
import { SavedList, SavedMenu } from './SavedComparisons';
import { useBuiltComparison, useSavedComparisons } from './use-comparison';

type Tab = 'rows' | 'discrepancies';

/**
 * The Compare view: 2 to 4 columns of statements side by side, aligned in rows by the
 * reporter's tags and then by wording, re-paired by hand with pins; saved under a name
 * (`#/compare/<id>`, saved again as it changes) or kept in the route until then; exported;
 * and, on its second tab, the figures that disagree across sources.
 */
export function CompareView({ rest, query }: { rest: string[]; query: Record<string, string> | undefined }) {
  const api = useApi();
  const toasts = useToasts();
  const { record } = useTagging();
  const route = readCompareRoute(rest, query);
  const tab: Tab = query?.tab === 'discrepancies' ? 'discrepancies' : 'rows';
  const savedList = useSavedComparisons();
  const [saved, setSaved] = useState<SavedComparison | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [status, setStatus] = useState<'saving' | 'saved' | null>(null);
  const [naming, setNaming] = useState<'save' | 'rename' | null>(null);
  // Columns being chosen stay open until Done, so a date range can follow its speaker.
  const [editingColumns, setEditingColumns] = useState(() => route.savedId === null && draftProblem(route.draft) !== null);

  useEffect(() => {
    if (route.savedId === null) {
      setSaved(null);
      setLoadError(null);
      return;
    }
    if (saved?.id === route.savedId) return;
    let current = true;
    setLoadError(null);
    api.call('compare.get', { id: route.savedId }).then(
      (comparison) => current && setSaved(comparison),
      (error: unknown) => current && setLoadError(messageOf(error)),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, route.savedId]);

  const draft: ComparisonDraft | null =
    route.savedId !== null ? (saved && saved.id === route.savedId ? { columns: saved.columns, includeClaims: saved.includeClaims, pins: saved.pins } : null) : route.draft;
  const problem = draft ? draftProblem(draft) : null;
  const spec = draft && !problem ? specOf(draft) : null;
  const built = useBuiltComparison(spec);
  const showEditors = problem !== null || editingColumns;
  const incomplete = problem !== null;
  useEffect(() => {
    if (incomplete) setEditingColumns(true);
  }, [incomplete]);
  const tabQuery: Record<string, string> = tab === 'discrepancies' ? { tab } : {};

  /** A change to the comparison: kept in the route until it is saved, saved again once it is. */
  const apply = useCallback(
    (next: ComparisonDraft) => {
      if (saved && route.savedId === saved.id) {
        setSaved({ ...saved, ...next });
        // Half-chosen columns are not saved: the setup says what is missing, and saving follows.
        if (draftProblem(next) !== null) return setStatus(null);
        setStatus('saving');
        api.call('compare.save', { id: saved.id, name: saved.name, ...specOf(next) }).then(
          (stored) => {
            setSaved(stored);
            setStatus('saved');
          },
          (error: unknown) => {
            setStatus(null);
            toasts.show({ tone: 'error', title: 'Could not save the comparison', message: `${messageOf(error)} The change shows here but is not saved; try again.` });
          },
        );
      } else {
        navigate({ view: 'compare', rest: [], query: { ...compareQuery(next), ...tabQuery } });
      }
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [api, saved, route.savedId, toasts, tab],
  );

  const latest = useRef(apply);
  latest.current = apply;

  /** Re-pairing is undoable (Ctrl/Cmd+Z) like any edit. */
  const changePins = (pins: PinnedRowValue[], label: string) => {
    if (!draft) return;
    const before = draft;
    const after = { ...draft, pins };
    void record(async () => {
      latest.current(after);
      return { result: null, step: { label, undo: async () => latest.current(before), redo: async () => latest.current(after) } };
    });
  };

  const setColumns = (columns: ComparisonDraft['columns']) => draft && apply({ ...draft, columns, pins: pinsForColumns(draft.pins, columns.length) });

  async function saveNew(name: string) {
    if (!spec) return;
    try {
      const stored = await api.call('compare.save', { name, ...spec });
      setSaved(stored);
      setNaming(null);
      setStatus('saved');
      navigate({ view: 'compare', rest: [String(stored.id)], query: tabQuery });
    } catch (error) {
      toasts.show({ tone: 'error', title: 'Could not save the comparison', message: `${messageOf(error)} It is still here; try again.` });
    }
  }

  async function rename(name: string) {
    if (!saved) return;
    try {
      setSaved(await api.call('compare.rename', { id: saved.id, name }));
      setNaming(null);
    } catch (error) {
      toasts.show({ tone: 'error', title: 'Could not rename the comparison', message: messageOf(error) });
    }
  }

  async function remove() {
    if (!saved || !draft) return;
    const keep = draft;
    try {
      const gone = await record(async () => {
        const deleted = await api.call('compare.delete', { id: saved.id });
        let current = deleted;
        return {
          result: deleted,
          step: {
            label: 'Comparison deleted',
            undo: async () => {
              current = await api.call('compare.save', { name: current.name, columns: current.columns, includeClaims: current.includeClaims, pins: current.pins });
              navigate({ view: 'compare', rest: [String(current.id)] });
            },
            redo: async () => {
              await api.call('compare.delete', { id: current.id });
              navigate({ view: 'compare', rest: [], query: compareQuery(keep) });
            },
          },
        };
      });
      setSaved(null);
      navigate({ view: 'compare', rest: [], query: compareQuery(keep) });
      toasts.show({ tone: 'info', title: `Deleted “${gone.name}”`, message: `The columns stay on screen, not saved. ${shortcutLabel('Mod+Z')} brings the saved comparison back.` });
    } catch (error) {
      toasts.show({ tone: 'error', title: 'Could not delete the comparison', message: `${messageOf(error)} It is still saved.` });
    }
  }

  const title = saved && route.savedId === saved.id ? saved.name : 'Compare';
  const defaultName = built.data ? built.data.columns.map((column) => column.label).join(' vs ') : 'Comparison';

  return (
    <div className="cmp-view">
      <header className="cmp-toolbar">
        {naming ? (
          <NameField
            label={naming === 'save' ? 'Name of the comparison' : 'New name'}
            initial={naming === 'rename' ? title : defaultName}
            action={naming === 'save' ? 'Save' : 'Rename'}
            onSubmit={(name) => void (naming === 'save' ? saveNew(name) : rename(name))}
            onCancel={() => setNaming(null)}
          />
        ) : (
          <h1 className="cmp-title" title={title}>
            {title}
          </h1>
        )}
        {saved && route.savedId === saved.id && !naming ? (
          <>
            <span className="cmp-save-status" role="status">
              {status === 'saving' ? 'Saving…' : status === 'saved' ? 'Saved' : ''}
            </span>
            <button type="button" className="link-button" onClick={() => setNaming('rename')}>
              Rename…
            </button>
            <button type="button" className="link-button cmp-danger" title={`Delete this saved comparison (${shortcutLabel('Mod+Z')} brings it back)`} onClick={() => void remove()}>
              Delete
            </button>
          </>
        ) : null}
        <span className="fc-toolbar-spacer" />
        <SavedMenu saved={savedList.data ?? []} currentId={route.savedId} />
        {route.savedId !== null ? (
          <button type="button" className="button" title="Start a new comparison" onClick={() => navigate({ view: 'compare', rest: [] })}>
            New
          </button>
        ) : (
          <button type="button" className="button" disabled={!spec || naming !== null} title="Save these columns and pins under a name" onClick={() => setNaming('save')}>
            Save…
          </button>
        )}
        <ExportMenu spec={spec} name={title === 'Compare' ? defaultName : title} />
      </header>
      <div
        className="cmp-tabs"
        role="tablist"
        aria-label="Compare"
        onKeyDown={(event) => {
          // Arrows move between the tabs, as in any tab list.
          if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
          const tabs = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="tab"]')];
          const next = tabs[(tabs.indexOf(document.activeElement as HTMLElement) + 1) % tabs.length];
          event.preventDefault();
          next?.focus();
          next?.click();
        }}
      >
        {(
          [
            ['rows', 'Side by side'],
            ['discrepancies', 'Discrepancies'],
          ] as const
        ).map(([id, label]) => (
          <button
            key={id}
            type="button"
            role="tab"
            aria-selected={tab === id}
            tabIndex={tab === id ? 0 : -1}
            className="cmp-tab"
            onClick={() => navigate({ view: 'compare', rest: route.savedId !== null ? [String(route.savedId)] : [], query: { ...(route.savedId === null && draft ? compareQuery(draft) : {}), ...(id === 'discrepancies' ? { tab: id } : {}) } })}
          >
            {label}
          </button>
        ))}
      </div>
      <div className="cmp-body" role="tabpanel" aria-label={tab === 'rows' ? 'Side by side' : 'Discrepancies'}>
        {tab === 'discrepancies' ? (
          <DiscrepanciesPanel />
        ) : loadError ? (
          <div className="cmp-none" role="alert">
            <p>{loadError}</p>
            <button type="button" className="button" onClick={() => navigate({ view: 'compare', rest: [] })}>
              Start a new comparison
            </button>
          </div>
        ) : !draft ? (
          <p className="view-loading">Opening the comparison…</p>
        ) : (
          <>
            {problem && route.savedId === null && draft.columns.every((column) => JSON.stringify(column) === JSON.stringify(emptyColumn())) ? (
              <EmptyState icon="compare" title="Compare statements">
                Put one speaker’s statements beside another’s, topic by topic: a chief executive in 2020 and her successor in 2026, or one official over a year. Rows pair statements about the same
                thing, by your tags first and then by their words; shared words and figures that differ are marked. First tag quotes in your sources with their speaker and the date they were
                said (select the words, press <kbd>Q</kbd>). Then choose two speakers below.
              </EmptyState>
            ) : null}
            {showEditors ? (
              <section className="cmp-setup" aria-label="Columns">
                <div className="cmp-editors" style={{ gridTemplateColumns: `repeat(${draft.columns.length}, minmax(0, 1fr))` }}>
                  {draft.columns.map((column, index) => (
                    <ColumnEditor
                      key={index}
                      index={index}
                      column={column}
                      canRemove={draft.columns.length > MIN_COLUMNS}
                      onChange={(next) => setColumns(draft.columns.map((other, at) => (at === index ? next : other)))}
                      onRemove={() => setColumns(draft.columns.filter((_, at) => at !== index))}
                    />
                  ))}
                </div>
                <div className="cmp-setup-bar">
                  <button type="button" className="button" disabled={draft.columns.length >= MAX_COLUMNS} title="Compare up to four columns" onClick={() => setColumns([...draft.columns, emptyColumn()])}>
                    Add a column
                  </button>
                  <label className="tl-kind-toggle">
                    <input type="checkbox" checked={draft.includeClaims} onChange={(event) => apply({ ...draft, includeClaims: event.target.checked })} />
                    Include claims
                  </label>
                  {problem ? <span className="cmp-problem-text">{problem}</span> : null}
                  <span className="fc-toolbar-spacer" />
                  {!problem ? (
                    <button type="button" className="button button-primary" onClick={() => setEditingColumns(false)}>
                      Done
                    </button>
                  ) : null}
                </div>
              </section>
            ) : (
              <div className="cmp-setup-bar cmp-setup-summary">
                <span className="cmp-summary-text">
                  {built.data ? built.data.columns.map((column) => column.label).join(' · ') : ''}
                  {draft.includeClaims ? ' · quotes and claims' : ' · quotes'}
                </span>
                <button type="button" className="link-button" onClick={() => setEditingColumns(true)}>
                  Change columns
                </button>
                <Legend />
              </div>
            )}
            {problem && route.savedId === null ? <SavedList saved={savedList.data ?? []} /> : null}
            {built.error ? (
              <p className="field-error" role="alert">
                {built.error}
              </p>
            ) : null}
            {spec && built.data ? (
              built.data.statements.length === 0 ? (
                <div className="cmp-none" role="status">
                  <p>
                    No quotes in these columns yet. Open a source, select what was said and press <kbd>Q</kbd>; give it its speaker and the date it was said, and it is listed here.
                  </p>
                  <button type="button" className="button" onClick={() => navigate({ view: 'sources', rest: [] })}>
                    Go to Sources
                  </button>
                </div>
              ) : (
                <ComparisonTable built={built.data} pins={pinsForColumns(draft.pins, built.data.columns.length)} onPins={changePins} />
              )
            ) : spec ? (
              <p className="view-loading">Comparing…</p>
            ) : null}
          </>
        )}
      </div>
    </div>
  );
}

/** What the marks mean, with the cue that is not colour. */
function Legend() {
  return (
    <span className="cmp-legend" aria-label="Marks">
      <mark className="cmp-shared cmp-shared-all">shared word</mark>
      <mark className="cmp-figure cmp-figure-differs">$1</mark>
      <span>figure differs</span>
      <mark className="cmp-figure cmp-figure-same">$1</mark>
      <span>agrees</span>
    </span>
  );
}

function NameField(props: { label: string; initial: string; action: string; onSubmit(name: string): void; onCancel(): void }) {
  const [name, setName] = useState(props.initial);
  return (
    <form
      className="cmp-name-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (name.trim()) props.onSubmit(name.trim());
      }}
    >
      <label>
        <span className="visually-hidden">{props.label}</span>
        <input
          autoFocus
          aria-label={props.label}
          value={name}
          maxLength={200}
          onFocus={(event) => event.target.select()}
          onChange={(event) => setName(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape') {
              event.preventDefault();
              props.onCancel();
            }
          }}
        />
      </label>
      <button type="submit" className="button button-primary" disabled={!name.trim()}>
        {props.action}
      </button>
      <button type="button" className="link-button" onClick={props.onCancel}>
        Cancel
      </button>
    </form>
  );
}
