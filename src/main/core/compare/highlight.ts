import type { PartialDate } from '../../../shared/domain/dates';
import { comparable, findFigures, formatFigure, sameValue, type Figure } from './figures';
import { tokenize } from './tokenize';

/** A word a statement shares with at least one other statement of its row (stop words never). */
export interface SharedWord {
  start: number;
  end: number;
  term: string;
  /** Every other statement of the row has it too. */
  inAll: boolean;
}

/**
 * A figure of a statement, set against the figures of the same kind in the row's other
 * statements: `same` when one of them agrees, `differs` when there are some and none agrees,
 * `only-here` when no other statement gives a figure of that kind.
 */
export interface HighlightedFigure extends Figure {
  status: 'same' | 'differs' | 'only-here';
  /** The normalized value, for the view's tooltip: "USD 1,500,000", "2020-09". */
  normalized: string;
}

export interface StatementHighlights {
  /** UTF-16 ranges into the statement's text, in order. */
  sharedWords: SharedWord[];
  figures: HighlightedFigure[];
}

/**
 * What to mark in a paired row: the words its statements share and the figures in which they
 * differ. `date` is when each statement was said; relative dates in it ("last year") count from
 * there. The result is in the order of `statements`.
 */
export function highlightRow(statements: readonly { text: string; date: PartialDate | null }[]): StatementHighlights[] {
  const figures = statements.map(({ text, date }) => findFigures(text, date ? { date, basis: 'published' } : null));
  // Words inside a figure ("March" in "March 3, 2020") are the figure's to mark, not shared words.
  const words = statements.map(({ text }, index) => tokenize(text).filter((token) => !token.figure && !figures[index]!.some((figure) => token.start < figure.end && figure.start < token.end)));
  const termSets = words.map((tokens) => new Set(tokens.map((token) => token.term)));

  return statements.map((_, index) => {
    const others = statements.map((__, other) => other).filter((other) => other !== index);
    const sharedWords = words[index]!.flatMap(({ start, end, term }) => {
      const holders = others.filter((other) => termSets[other]!.has(term)).length;
      return holders > 0 ? [{ start, end, term, inAll: holders === others.length }] : [];
    });
    const otherFigures = others.flatMap((other) => figures[other]!);
    const highlighted = figures[index]!.map((figure): HighlightedFigure => {
      const against = otherFigures.filter((other) => comparable(figure.value, other.value));
      const status = against.length === 0 ? 'only-here' : against.some((other) => sameValue(figure.value, other.value)) ? 'same' : 'differs';
      return { ...figure, status, normalized: formatFigure(figure.value) };
    });
    return { sharedWords, figures: highlighted };
  });
}
