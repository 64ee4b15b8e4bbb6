// Full-width marks that end a Chinese sentence: the next sentence follows them
// directly, while English sentences are set apart by a space.
const ENDS_WITH_FULL_WIDTH = /[\u3000-\u303f\uff00-\uffef]$/u;

/** The space to put between `sentence` and the next one, in either language. */
export function sentenceGap(sentence: string): string {
  return ENDS_WITH_FULL_WIDTH.test(sentence) ? '' : ' ';
}
