// "Did you mean …?" for names and enum values: a typo is worth a suggestion,
// a different word is not.

/**
 * The candidate `value` most likely means: the one equal to it but for case
 * and `-`/`_`, else the only one a typo away (one edit for short values, two
 * from five characters on). Undefined when none or several are that close.
 */
export function closestMatch(value: string, candidates: Iterable<string>): string | undefined {
  const fold = (text: string) => text.toLowerCase().replace(/[\s_-]/g, '');
  const folded = fold(value);
  const all = [...candidates];
  const sameLetters = all.filter((candidate) => fold(candidate) === folded);
  if (sameLetters.length > 0) return sameLetters.length === 1 ? sameLetters[0] : undefined;

  const allowed = value.length >= 5 ? 2 : 1;
  const close = all.filter(
    (candidate) => editDistance(value.toLowerCase(), candidate.toLowerCase(), allowed) <= allowed,
  );
  return close.length === 1 ? close[0] : undefined;
}

/** Levenshtein distance; anything above `limit` comes back as `limit + 1`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit || a.length > 256 || b.length > 256) return limit + 1;
  let previous = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return Math.min(previous[b.length], limit + 1);
}
