/**
 * English words too common to say what a statement is about. Folded (lower case, no accents)
 * and without apostrophes, as `tokenize` produces terms. Reporting verbs ("said", "told") are
 * in: every quote has one, so they would pair statements on nothing.
 */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are aren as at be because been before being below
  between both but by can cannot could couldn did didn do does doesn doing don down during each either few for from
  further had hadn has hasn have haven having he her here hers herself him himself his how however i if in into is
  isn it its itself just let me more most much must mustn my myself neither no nor not now of off on once only or
  other ought our ours ourselves out over own per rather same shall shan she should shouldn since so some such than
  that the their theirs them themselves then there these they this those though through thus to too under until
  up upon us very via was wasn we were weren what when where whether which while who whom whose why will with
  within without won would wouldn yet you your yours yourself yourselves
  ll re ve d s t m
  said says say saying told tell tells according added asked stated noted explained
  mr mrs ms dr
  one two three four five six seven eight nine ten
  thousand million billion trillion
  dollar euro pound percent cent`.split(/\s+/),
);

export function isStopWord(term: string): boolean {
  return ENGLISH_STOP_WORDS.has(term);
}
