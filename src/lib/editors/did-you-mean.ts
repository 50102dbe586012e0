/**
 * The value an editor most likely meant when they typed one that does not
 * exist: a theme, an organisation, a field or a flag with a letter wrong,
 * missing, added or two swapped, or in the wrong case (`km` for `KM`). The
 * messages of the check and of the tools name it, so that a typo is mended
 * instead of becoming a new entry.
 */
import leven from 'leven';

/**
 * How many letters may differ for a guess to be worth naming: one in a short
 * word, two in most, three in a long one; beyond that the guess would more
 * often mislead than help.
 */
function tolerance(length: number): number {
  if (length < 4) return 1;
  return length < 10 ? 2 : 3;
}

/** The letters of a word in order, to tell two swapped letters (`meea` for `meae`) from two wrong ones. */
const letters = (word: string) => [...word].sort().join('');

/**
 * The candidate nearest to `typed` (case aside) within a few letters, if one
 * is. Levenshtein's distance counts two swapped letters as two changes; of
 * candidates at the same distance, one with the same letters as `typed` is
 * taken first, as the slip of a finger it most likely is.
 */
export function didYouMean(typed: string, candidates: Iterable<string>): string | undefined {
  const wanted = typed.trim().toLowerCase();
  if (!wanted) return undefined;
  const limit = tolerance(wanted.length);
  let best: string | undefined;
  let bestScore = limit + 1;
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase();
    const distance = leven(wanted, lower, { maxDistance: limit + 1 });
    if (distance > limit) continue;
    const score = distance - (distance > 0 && letters(lower) === letters(wanted) ? 0.5 : 0);
    if (score < bestScore) [best, bestScore] = [candidate, score];
  }
  return best;
}
