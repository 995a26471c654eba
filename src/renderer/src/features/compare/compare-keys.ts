/** The Compare view's keys on a focused statement (its cards handle them; listed in the shortcuts sheet). */
export const COMPARE_KEYS: ReadonlyArray<readonly [string, string]> = [
  ['Previous or next statement in the column', '↑ ↓'],
  ['The statement beside it', '← →'],
  ['Pair with another column’s statement', 'R'],
  ['Pin or unpin its row', 'P'],
  ['Keep it apart (out of its row)', 'K'],
  ['Open it in its source', 'O or Enter'],
];
