import { useEffect, useState } from 'react';
import type { SourceDetail, TextBlock } from '../../../../shared/domain/source';
import { messageOf } from '../../api/api-error';
import { useApi } from '../../app/api-context';
import { formatPartialDate } from '../../ui/format-date';

/**
 * A plain reading view of a source's canonical text, block by block. The tagging reader
 * (Lexical, with highlights) replaces it; the offsets it uses are the same code points.
 */
export function SourceReader({ id }: { id: number }) {
  const api = useApi();
  const [source, setSource] = useState<SourceDetail | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    setSource(null);
    setError(null);
    api
      .call('sources.get', { id })
      .then((detail) => current && setSource(detail))
      .catch((failure: unknown) => current && setError(messageOf(failure)));
    return () => {
      current = false;
    };
  }, [api, id]);

  if (error) return <p className="view-error" role="alert">{error}</p>;
  if (!source) return <p className="view-loading">Opening…</p>;
  const codePoints = [...source.text];
  const slice = (block: TextBlock) => codePoints.slice(block.start, block.end).join('');
  // Saved articles usually repeat their headline as the first heading; the header shows it.
  const first = source.blocks[0];
  const blocks = first && first.kind === 'heading' && slice(first).trim() === source.title.trim() ? source.blocks.slice(1) : source.blocks;

  return (
    <article className="reader" aria-labelledby="reader-title">
      <header className="reader-header">
        <p className="reader-outlet">{source.outlet}</p>
        <h1 id="reader-title">{source.title}</h1>
        <p className="reader-byline">
          {[source.authors.join(', '), source.publishedDate ? formatPartialDate(source.publishedDate) : null]
            .filter(Boolean)
            .join(' · ')}
        </p>
      </header>
      <div className="reader-body">
        {blocks.map((block, index) => {
          const text = slice(block);
          if (block.kind === 'heading') return <h2 key={index}>{text}</h2>;
          if (block.kind === 'blockquote') return <blockquote key={index}>{text}</blockquote>;
          if (block.kind === 'list-item') return <li key={index}>{text}</li>;
          return <p key={index}>{text}</p>;
        })}
      </div>
    </article>
  );
}
