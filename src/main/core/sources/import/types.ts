import type { PartialDate } from '../../../../shared/domain/dates';
import type { TextBlock } from '../../../../shared/domain/source';

/** The canonical text of a source and where its blocks lie in it, in code points. */
export interface StructuredText {
  /** The blocks' text, separated by blank lines ("\n\n"), without markup. */
  text: string;
  blocks: TextBlock[];
}

/** What an importer could tell about a document; every field may be unknown. */
export interface ExtractedMetadata {
  title?: string;
  outlet?: string;
  authors?: string[];
  publishedDate?: PartialDate;
  url?: string;
  /** BCP 47 tag as declared by the document (`<html lang>`, `og:locale`, DOCX properties). */
  language?: string;
}

/** A document turned into evidence: its canonical text and what it says about itself. */
export interface ParsedDocument extends StructuredText {
  /** The MIME type of the original bytes, as recognised (not as claimed by a file name). */
  mimeType: string;
  metadata: ExtractedMetadata;
}

export type RefusalReason =
  | 'empty'
  | 'binary'
  | 'corrupt'
  | 'encrypted'
  | 'no-text-layer'
  | 'too-large'
  | 'zip-bomb'
  | 'unsupported'
  | 'timeout'
  | 'no-text'
  /** Never reached the importer: missing, not permitted, an expired upload. */
  | 'unreadable';

/**
 * A document that will not be imported, with a message a reporter can act on ("This PDF has
 * no text layer…"). Thrown by importers; the batch records it against the file and goes on.
 */
export class ImportRefusal extends Error {
  constructor(
    readonly reason: RefusalReason,
    message: string,
  ) {
    super(message);
    this.name = 'ImportRefusal';
  }
}
