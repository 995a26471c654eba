import { useEffect, useState } from 'react';
import type { ResultOf } from '../../../../shared/contract';
import type { Entity } from '../../../../shared/domain/entity';
import { messageOf } from '../../api/api-error';
import { useApi } from '../../app/api-context';
import { useToasts } from '../../app/toasts';
import { Icon } from '../../ui/icons';
import { SpanContext } from './SpanContext';

type Match = ResultOf<'entities.unlinkedMentions'>[number];

/** The services give up to 40 characters of context either side. */
const CONTEXT_LENGTH = 40;

const keyOf = (match: Match) => `${match.sourceId}:${match.start}-${match.end}`;

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * Every place the sources name the entity (or an alias) without being tagged as it, each with
 * its sentence, all chosen to start with: the reporter unticks the false ones ("Halden" the
 * town, not the company) and links the rest in one step.
 */
export function UnlinkedMentionsPanel({ entity, onClose }: { entity: Entity; onClose(): void }) {
  const api = useApi();
  const toasts = useToasts();
  const [matches, setMatches] = useState<Match[] | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [linking, setLinking] = useState(false);
  const [search, setSearch] = useState(0);

  useEffect(() => {
    let current = true;
    setMatches(null);
    setError(null);
    api.call('entities.unlinkedMentions', { id: entity.id }).then(
      (found) => {
        if (!current) return;
        setMatches(found);
        setChosen(new Set(found.map(keyOf)));
      },
      (failure: unknown) => current && setError(messageOf(failure)),
    );
    return () => {
      current = false;
    };
    // Searched when opened and on "Search again", not on every change of the entity.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, entity.id, search]);

  async function link() {
    if (!matches) return;
    const mentions = matches.filter((match) => chosen.has(keyOf(match))).map(({ sourceId, start, end }) => ({ sourceId, start, end }));
    setLinking(true);
    try {
      const { created } = await api.call('entities.linkMentions', { id: entity.id, mentions });
      toasts.show({ tone: 'success', title: `Linked ${plural(created, 'mention', 'mentions')} of “${entity.name}”` });
      onClose();
    } catch (failure) {
      setError(messageOf(failure));
      setLinking(false);
    }
  }

  const names = [entity.name, ...entity.aliases].map((name) => `“${name}”`).join(', ');
  const sourceCount = new Set(matches?.map((match) => match.sourceId)).size;

  return (
    <section className="unlinked-panel" aria-labelledby="unlinked-heading">
      <header className="unlinked-header">
        <h2 id="unlinked-heading">Unlinked mentions</h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close unlinked mentions" title="Close">
          <Icon name="close" size={16} />
        </button>
      </header>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {!matches ? (
        error ? null : (
          <p className="hint" role="status">
            Searching every source for {names}…
          </p>
        )
      ) : matches.length === 0 ? (
        <p className="hint" role="status">
          No unlinked mentions: no source names {names} outside what is already tagged. Add an alias to search for other spellings.
        </p>
      ) : (
        <>
          <p className="unlinked-summary" role="status">
            {plural(matches.length, 'place', 'places')} in {plural(sourceCount, 'source', 'sources')} name {names} without being tagged.
          </p>
          <div className="unlinked-select">
            <button type="button" className="link-button" onClick={() => setChosen(new Set(matches.map(keyOf)))}>
              Select all
            </button>
            <button type="button" className="link-button" onClick={() => setChosen(new Set())}>
              Select none
            </button>
          </div>
          <ul className="unlinked-list">
            {matches.map((match) => {
              const key = keyOf(match);
              return (
                <li key={key}>
                  <label className="unlinked-item">
                    <input
                      type="checkbox"
                      checked={chosen.has(key)}
                      onChange={(event) =>
                        setChosen((all) => {
                          const next = new Set(all);
                          if (event.target.checked) next.add(key);
                          else next.delete(key);
                          return next;
                        })
                      }
                    />
                    <span className="unlinked-text">
                      <SpanContext before={match.before} exact={match.exact} after={match.after} limit={CONTEXT_LENGTH} />
                      <span className="unlinked-source">{match.sourceTitle}</span>
                    </span>
                  </label>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <footer className="unlinked-footer">
        {matches && matches.length > 0 ? (
          <button type="button" className="button button-primary" disabled={chosen.size === 0 || linking} onClick={() => void link()}>
            {linking ? 'Linking…' : `Link ${plural(chosen.size, 'mention', 'mentions')}`}
          </button>
        ) : null}
        <button type="button" className="button" onClick={() => setSearch((count) => count + 1)} disabled={!matches && !error}>
          Search again
        </button>
      </footer>
    </section>
  );
}
