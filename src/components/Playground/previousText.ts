/**
 * The text the playground held before its last load, upload or share link,
 * kept in localStorage so that a reader who opened someone's link (or loaded
 * an example over their work) can bring their own text back, even after a
 * reload. One slot: each replacement keeps the text it replaced.
 */
const KEY = 'statefulset-lab:playground:previous';

export function loadPreviousText(): string | undefined {
  try {
    return window.localStorage.getItem(KEY) ?? undefined;
  } catch {
    // Storage blocked by privacy settings: nothing was kept.
    return undefined;
  }
}

/** False when the browser refused: then only this visit keeps the text. */
export function savePreviousText(text: string): boolean {
  try {
    window.localStorage.setItem(KEY, text);
    return true;
  } catch {
    return false;
  }
}
