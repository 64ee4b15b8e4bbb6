// "Did you mean": the closest known name to a misspelled field or kind.

/** A suggestion for `word`, and whether it is sure enough to offer as a fix. */
export interface Suggestion {
  name: string;
  /** Case or look-alike letters only, or one clear best match. */
  isConfident: boolean;
}

/**
 * The candidate closest to `word`: the same name in another case or with
 * look-alike letters first, then the nearest by edit distance (a swap of two
 * neighbouring letters counts once), if it is near enough to be a typo.
 */
export function closestName(
  word: string,
  candidates: ReadonlyArray<string>,
): Suggestion | undefined {
  const plain = toAscii(word).toLowerCase();
  const sameLetters = candidates.find((c) => c.toLowerCase() === plain);
  if (sameLetters) return {name: sameLetters, isConfident: true};

  // Typos grow with length: one slip in a short name, up to three in a long one.
  const allowed = plain.length <= 4 ? 1 : plain.length <= 10 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = Infinity;
  let isTie = false;
  for (const candidate of candidates) {
    // Cheap bound first: the distance is at least the difference in length.
    if (Math.abs(candidate.length - plain.length) > allowed) continue;
    const distance = editDistance(plain, candidate.toLowerCase(), allowed);
    if (distance < bestDistance) {
      [best, bestDistance, isTie] = [candidate, distance, false];
    } else if (distance === bestDistance) {
      isTie = true;
    }
  }
  if (best === undefined || bestDistance > allowed) return undefined;
  return {name: best, isConfident: !isTie};
}

/**
 * Optimal string alignment distance (Levenshtein plus adjacent swaps), giving
 * up with `limit + 1` once every path is longer than `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  let previous2: number[] = [];
  let previous = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, previous2[j - 2] + 1);
      }
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    [previous2, previous] = [previous, current];
  }
  return previous[b.length];
}

// Letters of other scripts that look like Latin ones, as pasted from chat
// tools and documents (Unicode confusables, the common subset).
const LOOK_ALIKES: Record<string, string> = {
  а: 'a', в: 'B', е: 'e', к: 'k', м: 'M', н: 'H', о: 'o', р: 'p', с: 'c', т: 'T',
  у: 'y', х: 'x', і: 'i', ј: 'j', ѕ: 's', ԁ: 'd', ɡ: 'g', ӏ: 'l',
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T',
  Х: 'X', Ѕ: 'S', І: 'I', Ј: 'J', Ү: 'Y',
  Α: 'A', Β: 'B', Ε: 'E', Ζ: 'Z', Η: 'H', Ι: 'I', Κ: 'K', Μ: 'M', Ν: 'N', Ο: 'O',
  Ρ: 'P', Τ: 'T', Υ: 'Y', Χ: 'X', ο: 'o', ν: 'v', ι: 'i',
};

// Characters that take no space: they make two equal-looking names differ.
const INVISIBLE = /[\u00ad\u180e\u200b-\u200f\u2060-\u2064\ufeff]/g;

/** `word` with full-width letters, look-alikes and invisible characters made plain ASCII. */
export function toAscii(word: string): string {
  return word
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(/[^\x00-\x7f]/g, (char) => LOOK_ALIKES[char] ?? char);
}

/** The characters of `word` outside printable ASCII, as `U+0435` code points. */
export function foreignCodePoints(word: string): string[] {
  const found = new Set<string>();
  for (const char of word) {
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || code > 0x7e) {
      found.add(`U+${code.toString(16).toUpperCase().padStart(4, '0')}`);
    }
  }
  return [...found];
}
