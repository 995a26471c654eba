import { useMemo, useState } from 'react';
import type { SourceSummary } from '../../../../shared/domain/source';
import { navigate } from '../../app/route';
import { formatPartialDate } from '../../ui/format-date';
import { Icon } from '../../ui/icons';
import { filterSources, sortSources, typeLabel, type SortKey, type SortOrder } from './source-list-order';

const columns: Array<{ key: SortKey; label: string; numeric?: boolean; firstDirection: SortOrder['direction'] }> = [
  { key: 'title', label: 'Title', firstDirection: 'ascending' },
  { key: 'outlet', label: 'Outlet', firstDirection: 'ascending' },
  { key: 'publishedDate', label: 'Published', firstDirection: 'descending' },
  { key: 'type', label: 'Type', firstDirection: 'ascending' },
  { key: 'wordCount', label: 'Words', numeric: true, firstDirection: 'descending' },
  { key: 'annotationCount', label: 'Annotations', numeric: true, firstDirection: 'descending' },
  { key: 'importedAt', label: 'Imported', firstDirection: 'descending' },
];

const ORDER_KEY = 'sourcebook.sources.order';
const importedFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

function storedOrder(): SortOrder {
  try {
    const parsed = JSON.parse(window.sessionStorage.getItem(ORDER_KEY) ?? 'null') as SortOrder | null;
    if (parsed && columns.some((column) => column.key === parsed.key)) return parsed;
  } catch {
    // A damaged preference is just forgotten.
  }
  return { key: 'importedAt', direction: 'descending' };
}

/**
 * Every source of the investigation as a sortable, filterable table. The title is a link
 * (Enter opens it); Delete on a focused row asks to delete that source.
 */
export function SourcesTable({ sources, filter, onDelete }: { sources: SourceSummary[]; filter: string; onDelete(source: SourceSummary): void }) {
  const [order, setOrder] = useState<SortOrder>(storedOrder);
  const shown = useMemo(() => sortSources(filterSources(sources, filter), order), [sources, filter, order]);

  const sortBy = (key: SortKey) => {
    const column = columns.find((candidate) => candidate.key === key)!;
    const next: SortOrder =
      order.key === key
        ? { key, direction: order.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: column.firstDirection };
    window.sessionStorage.setItem(ORDER_KEY, JSON.stringify(next));
    setOrder(next);
  };

  if (shown.length === 0) {
    return (
      <p className="hint-centered" role="status">
        No source matches “{filter}”.
      </p>
    );
  }

  return (
    <table className="data-table sources-table" aria-label="Sources" aria-rowcount={shown.length + 1}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th
              key={column.key}
              scope="col"
              className={column.numeric ? 'numeric' : undefined}
              aria-sort={order.key === column.key ? order.direction : 'none'}
            >
              <button type="button" className="sort-button" onClick={() => sortBy(column.key)}>
                {column.label}
                <span className="sort-arrow" aria-hidden="true">
                  {order.key === column.key ? (order.direction === 'ascending' ? '▲' : '▼') : ''}
                </span>
              </button>
            </th>
          ))}
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {shown.map((source) => (
          <tr
            key={source.id}
            onClick={(event) => {
              if ((event.target as HTMLElement).closest('a, button')) return;
              navigate({ view: 'sources', rest: [String(source.id)] });
            }}
            onKeyDown={(event) => {
              if (event.key === 'Delete' && !(event.target as HTMLElement).closest('input')) {
                event.preventDefault();
                onDelete(source);
              }
            }}
          >
            <td className="sources-title-cell">
              <a
                href={`#/sources/${source.id}`}
                onClick={(event) => {
                  event.preventDefault();
                  navigate({ view: 'sources', rest: [String(source.id)] });
                }}
              >
                {source.title}
              </a>
              {source.authors.length > 0 ? <span className="sources-byline">{source.authors.join(', ')}</span> : null}
            </td>
            <td className="sources-outlet-cell">{source.outlet ?? <span className="empty-cell">—</span>}</td>
            <td className="date-cell">
              {source.publishedDate ? formatPartialDate(source.publishedDate, 'short') : <span className="empty-cell">—</span>}
            </td>
            <td className="type-cell">{typeLabel(source)}</td>
            <td className="numeric">{source.wordCount.toLocaleString()}</td>
            <td className="numeric">{source.annotationCount.toLocaleString()}</td>
            <td className="date-cell">{importedFormat.format(new Date(source.importedAt))}</td>
            <td className="row-actions">
              <button
                type="button"
                className="icon-button"
                title={`Delete “${source.title}” (Delete)`}
                aria-label={`Delete “${source.title}”`}
                onClick={() => onDelete(source)}
              >
                <Icon name="trash" size={16} />
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
