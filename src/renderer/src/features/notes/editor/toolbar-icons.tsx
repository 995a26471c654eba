import type { ReactElement } from 'react';
import type { NoteActionId } from './note-actions';

/** The toolbar's marks, on the 24-unit grid of ui/icons.tsx; letters where a letter says it best. */
const marks: Record<NoteActionId, ReactElement> = {
  h1: <text x="12" y="17" textAnchor="middle" fontSize="13" fontWeight="700" stroke="none" fill="currentColor">H1</text>,
  h2: <text x="12" y="17" textAnchor="middle" fontSize="13" fontWeight="700" stroke="none" fill="currentColor">H2</text>,
  bullet: (
    <>
      <path d="M9 7h11M9 12h11M9 17h11" />
      <circle cx="4.5" cy="7" r="1" fill="currentColor" />
      <circle cx="4.5" cy="12" r="1" fill="currentColor" />
      <circle cx="4.5" cy="17" r="1" fill="currentColor" />
    </>
  ),
  number: (
    <>
      <path d="M10 7h10M10 12h10M10 17h10" />
      <path d="M4 5.5l1.3-.8V9M3.6 14.2c.3-.7 2.4-.9 2.3.4 0 .8-2.3 1.7-2.3 3.2h2.6" strokeWidth="1.3" />
    </>
  ),
  quote: (
    <>
      <path d="M4 5v14" strokeWidth="2.4" />
      <path d="M9 8h11M9 12h11M9 16h7" />
    </>
  ),
  bold: <text x="12" y="17.5" textAnchor="middle" fontSize="16" fontWeight="800" stroke="none" fill="currentColor">B</text>,
  italic: <text x="12" y="17.5" textAnchor="middle" fontSize="16" fontStyle="italic" fontFamily="Georgia, serif" stroke="none" fill="currentColor">I</text>,
  underline: (
    <>
      <text x="12" y="15.5" textAnchor="middle" fontSize="14" stroke="none" fill="currentColor">U</text>
      <path d="M6.5 20h11" />
    </>
  ),
  link: (
    <>
      <path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1" />
      <path d="M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" />
    </>
  ),
  'quote-card': (
    <>
      <rect x="3" y="4.5" width="18" height="15" rx="2" />
      <path d="M7.5 10.5c0-1.2.8-2 2-2M7.5 10.5v2h2v-2zM12.5 10.5c0-1.2.8-2 2-2M12.5 10.5v2h2v-2z" strokeWidth="1.5" />
      <path d="M7.5 16h9" />
    </>
  ),
  comparison: (
    <>
      <rect x="3" y="4.5" width="18" height="15" rx="2" />
      <path d="M12 4.5v15M3 9h18" />
      <path d="M6 12.5h3.5M6 15.5h2.5M14.5 12.5h3.5M14.5 15.5h2.5" strokeWidth="1.4" />
    </>
  ),
  undo: <path d="M9 6L4.5 10.5 9 15M5 10.5h9a5 5 0 0 1 0 10h-2" />,
  redo: <path d="M15 6l4.5 4.5L15 15M19 10.5h-9a5 5 0 0 0 0 10h2" />,
};

export function ToolbarIcon({ action }: { action: NoteActionId }) {
  return (
    <svg className="icon" width={18} height={18} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth={1.7} strokeLinecap="round" strokeLinejoin="round" aria-hidden focusable="false">
      {marks[action]}
    </svg>
  );
}
