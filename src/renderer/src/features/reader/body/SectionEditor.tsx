import { LexicalComposer, type InitialConfigType } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useCallback, useLayoutEffect, useMemo } from 'react';
import type { CodePointIndex } from '../code-points';
import { READER_NODES, READER_THEME } from '../reader-theme';
import { $appendSection } from './build-section';
import type { Section } from './sections';

interface SectionEditorProps {
  section: Section;
  text: CodePointIndex;
  topHeadingLevel: number;
  /** Called once its text is in the DOM, and with false when it leaves. */
  onRendered(index: number, rendered: boolean): void;
}

/**
 * One section as a small read-only Lexical editor. Its state is built from the source each time
 * it mounts and never saved: the database is the source of truth.
 */
export function SectionEditor({ section, text, topHeadingLevel, onRendered }: SectionEditorProps) {
  const initialConfig = useMemo<InitialConfigType>(
    () => ({
      namespace: 'source-reader',
      editable: false,
      nodes: READER_NODES,
      theme: READER_THEME,
      onError: (error) => console.error('The reader could not render part of this source:', error),
      editorState: () => $appendSection(section, text, topHeadingLevel),
    }),
    [section, text, topHeadingLevel],
  );
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <ReadOnlyText index={section.index} onRendered={onRendered} />
    </LexicalComposer>
  );
}

/**
 * The editor's root element. Not Lexical's ContentEditable: that one is a "textbox" to
 * assistive technology, while this is text to read, with its headings and quotes as they are.
 */
function ReadOnlyText({ index, onRendered }: { index: number; onRendered: SectionEditorProps['onRendered'] }) {
  const [editor] = useLexicalComposerContext();
  const attach = useCallback((element: HTMLDivElement | null) => editor.setRootElement(element), [editor]);
  // Setting the root element reconciles synchronously, so the text is there by now.
  useLayoutEffect(() => {
    onRendered(index, true);
    return () => onRendered(index, false);
  }, [index, onRendered]);
  return <div ref={attach} className="reader-text" />;
}
