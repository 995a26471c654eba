/** Opens the source itself in the reader, at its top; each passage beside it links to its own place. */
export function SourceTitleLink({ sourceId, title }: { sourceId: number; title: string }) {
  return (
    <a className="source-title-link" href={`#/sources/${sourceId}`} title={`Open “${title}”`}>
      {title}
    </a>
  );
}
