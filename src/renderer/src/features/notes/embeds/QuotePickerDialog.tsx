import { useId, useState } from 'react';
import type { CitedAnnotation } from '../../../../../shared/domain/cited-annotation';
import { shortcutLabel } from '../../../app/shortcut-label';
import { Dialog } from '../../../ui/Dialog';
import { PickerSearchField } from './PickerSearchField';
import { useTagging } from '../../tagging/tagging-context';
import { citationOf, quotedWords } from './citation';
import { useQuoteSearch } from './use-quote-search';

/**
 * Chooses a quote tagged in any source to embed in a note: type words of the quote, the
 * speaker or the source; arrows move, Enter inserts, Escape goes back to the note.
 */
export function QuotePickerDialog({ onChoose, onClose }: { onChoose(cited: CitedAnnotation): void; onClose(): void }) {
  const listId = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const search = useQuoteSearch(query);
  const { entitiesById } = useTagging();
  const quotes = search.status === 'failed' ? [] : search.quotes;
  const activeIndex = Math.min(active, Math.max(0, quotes.length - 1));
  const speakerName = (id: number) => entitiesById.get(id)?.name ?? null;

  return (
    <Dialog title="Insert a quote card" width="wide" onClose={onClose}>
      <PickerSearchField
        label="Find a quote by its words, its speaker or its source"
        listId={listId}
        query={query}
        count={quotes.length}
        activeIndex={activeIndex}
        onQuery={setQuery}
        onActive={setActive}
        onChoose={(index) => onChoose(quotes[index]!)}
      />
      <ul id={listId} role="listbox" className="quote-picker-list" aria-label="Quotes" aria-busy={search.status === 'searching'}>
        {quotes.map((cited, index) => {
          const citation = citationOf(cited, speakerName);
          return (
            <li
              key={cited.annotation.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === activeIndex}
              className="quote-picker-option"
              onMouseDown={(event) => event.preventDefault()}
              onMouseEnter={() => setActive(index)}
              onClick={() => onChoose(cited)}
            >
              <span className="quote-picker-text">{quotedWords(cited.annotation.span.exact)}</span>
              <span className="quote-picker-meta">
                {[citation.speaker ?? 'Speaker not set', citation.said, citation.source].filter(Boolean).join(' · ')}
              </span>
            </li>
          );
        })}
      </ul>
      {search.status === 'failed' ? (
        <p className="form-error" role="alert">
          {search.message}
        </p>
      ) : search.status === 'done' && quotes.length === 0 ? (
        <p className="hint" role="status">
          {query.trim()
            ? `No quote, speaker or source matches “${query.trim()}”.`
            : `No quotes are tagged yet. Select a quotation in a source and press Q (or ${shortcutLabel('Mod+Shift+Q')}) to tag it.`}
        </p>
      ) : quotes.length > 0 ? (
        <p className="hint">↑ ↓ to choose, Enter to insert the card where the caret was.</p>
      ) : null}
    </Dialog>
  );
}
