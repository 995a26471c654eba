import type { AppCommand } from '../../../shared/contract';

export type ViewId = 'sources' | 'notes' | 'entities' | 'timeline' | 'compare' | 'factcheck' | 'search';

export interface ViewDefinition {
  id: ViewId;
  label: string;
  /** Ctrl/Cmd + this digit goes to the view (UI.md). */
  digit: number;
  command: AppCommand;
  emptyTitle: string;
  emptyText: string;
}

/** The seven views of the navigation rail, in the order of their shortcuts. */
export const views: readonly ViewDefinition[] = [
  {
    id: 'sources',
    label: 'Sources',
    digit: 1,
    command: 'view.sources',
    emptyTitle: 'No sources yet',
    emptyText:
      'Sources are the articles, letters, memos, PDFs and Word files of this investigation, kept with their original bytes and a fingerprint so every quote can be checked against them.',
  },
  {
    id: 'notes',
    label: 'Notes',
    digit: 2,
    command: 'view.notes',
    emptyTitle: 'Your notebook',
    emptyText:
      'Notes are your own writing: outlines, interview plans and drafts that link to people and organisations and embed the quotes you tagged.',
  },
  {
    id: 'entities',
    label: 'Entities',
    digit: 3,
    command: 'view.entities',
    emptyTitle: 'People, organisations, places',
    emptyText:
      'Every person, organisation, place, sum of money and date you tag in a source is listed here, with everything said by or about it.',
  },
  {
    id: 'timeline',
    label: 'Timeline',
    digit: 4,
    command: 'view.timeline',
    emptyTitle: 'Nothing dated yet',
    emptyText:
      'Events, dated quotes and claims appear here in order, each linked back to the sentence it came from.',
  },
  {
    id: 'compare',
    label: 'Compare',
    digit: 5,
    command: 'view.compare',
    emptyTitle: 'Compare statements',
    emptyText:
      'Put what one speaker said beside what another said, topic by topic, and see where their figures disagree.',
  },
  {
    id: 'factcheck',
    label: 'Fact-check',
    digit: 6,
    command: 'view.factcheck',
    emptyTitle: 'No claims to check',
    emptyText:
      'Claims you mark in sources become rows of the fact-check sheet, with verdicts, evidence and an audit trail, ready to export.',
  },
  {
    id: 'search',
    label: 'Search',
    digit: 7,
    command: 'view.search',
    emptyTitle: 'Search everything',
    emptyText: 'Search the text of every source, note, quote and claim of this investigation at once.',
  },
];

export function viewById(id: string): ViewDefinition | undefined {
  return views.find((view) => view.id === id);
}
