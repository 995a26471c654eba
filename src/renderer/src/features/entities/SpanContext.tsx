import { shownContext } from './span-context';

/** A match in its sentence: the surrounding text muted, the match itself emphasised. */
export function SpanContext({ before, exact, after, limit }: { before: string; exact: string; after: string; limit: number }) {
  const context = shownContext(before, after, limit);
  return (
    <span className="span-context">
      {context.cutBefore ? '…' : ''}
      {context.before}
      <mark>{exact}</mark>
      {context.after}
      {context.cutAfter ? '…' : ''}
    </span>
  );
}
