/**
 * Opens the source in the reader. The reader does not scroll to a span from the address yet,
 * so the link says only which source; the text beside it says where.
 */
export function SourceTitleLink({ sourceId, title }: { sourceId: number; title: string }) {
  return (
    <a className="source-title-link" href={`#/sources/${sourceId}`} title={`Open “${title}”`}>
      {title}
    </a>
  );
}
