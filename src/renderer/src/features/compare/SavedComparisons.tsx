import type { ComparisonSummary } from '../../../../shared/domain/comparison';
import { navigate } from '../../app/route';
import { useMenu } from '../../ui/use-menu';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Saved ▾: the saved comparisons, most recent first; choosing one opens it (`#/compare/<id>`). */
export function SavedMenu(props: { saved: readonly ComparisonSummary[]; currentId: number | null }) {
  const { open, setOpen, menuRef, buttonRef, onKeyDown } = useMenu();
  return (
    <div
      className="tl-menu"
      ref={menuRef}
      onKeyDown={onKeyDown}
    >
      <button ref={buttonRef} type="button" className="button" aria-haspopup="menu" aria-expanded={open} disabled={props.saved.length === 0} title="Open a saved comparison" onClick={() => setOpen(!open)}>
        Saved ({props.saved.length}) ▾
      </button>
      {open ? (
        <div className="tl-menu-list cmp-menu-list" role="menu" aria-label="Saved comparisons">
          {props.saved.map((summary, index) => (
            <button
              key={summary.id}
              type="button"
              role="menuitem"
              autoFocus={index === 0}
              aria-current={summary.id === props.currentId ? 'true' : undefined}
              onClick={() => {
                setOpen(false);
                navigate({ view: 'compare', rest: [String(summary.id)] });
              }}
            >
              {summary.name}
              <span className="fc-menu-hint">{summary.columnLabels.join(' · ')}</span>
            </button>
          ))}
        </div>
      ) : null}
    </div>
  );
}

/** The saved comparisons as a list, where a new comparison starts. */
export function SavedList(props: { saved: readonly ComparisonSummary[] }) {
  if (props.saved.length === 0) return null;
  return (
    <section className="cmp-saved-list" aria-label="Saved comparisons">
      <h2 className="cmp-section-title">Saved comparisons</h2>
      <ul>
        {props.saved.map((summary) => (
          <li key={summary.id}>
            <a href={`#/compare/${summary.id}`}>{summary.name}</a>
            <span className="cmp-saved-detail">
              {summary.columnLabels.join(' · ')}
              {summary.pinCount > 0 ? ` · ${summary.pinCount} pinned` : ''} · saved {dateFormat.format(new Date(summary.updatedAt))}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
