/**
 * A reader's edits of one editor, kept in localStorage across reloads.
 *
 * Each entry remembers a hash of the original it was made from: when the page
 * changes its example, old edits of a different manifest are dropped instead
 * of being shown as if they belonged to the new one.
 */
export interface SavedEdits {
  /** The saved text, if any was made from this original. */
  load(): string | undefined;
  /** Saves `text`, or forgets it when it equals the original. */
  save(text: string): void;
  /** False while the browser refuses to read or write: after the last try failed. */
  readonly isAvailable: boolean;
}

const KEY_PREFIX = 'statefulset-lab:editor:';
const PROBE_KEY = `${KEY_PREFIX}probe`;

interface Entry {
  base: string;
  text: string;
}

export function openSavedEdits(
  pagePath: string,
  editorId: string,
  original: string,
): SavedEdits {
  // `/docs/a` and `/docs/a/` are the same page.
  const key = `${KEY_PREFIX}${pagePath.replace(/\/+$/, '')}#${editorId}`;
  const base = hash(original);
  let isAvailable = true;

  // Storage can throw on every access: blocked by privacy settings (a
  // SecurityError just for touching `localStorage`) or full (QuotaExceeded).
  function attempt<T>(action: (storage: Storage) => T): T | undefined {
    try {
      const value = action(window.localStorage);
      // A full storage may take a small text after refusing a large one.
      isAvailable = true;
      return value;
    } catch {
      isAvailable = false;
      return undefined;
    }
  }

  return {
    get isAvailable() {
      return isAvailable;
    },
    load() {
      const raw = attempt((storage) => storage.getItem(key));
      // Some private windows read storage but refuse every write: one small
      // write tells the reader before they type, not after their first edit.
      attempt((storage) => {
        storage.setItem(PROBE_KEY, '');
        storage.removeItem(PROBE_KEY);
      });
      if (!raw) return undefined;
      const entry = parseEntry(raw);
      return entry?.base === base ? entry.text : undefined;
    },
    save(text) {
      if (text === original) {
        attempt((storage) => storage.removeItem(key));
        return;
      }
      const entry: Entry = {base, text};
      attempt((storage) => storage.setItem(key, JSON.stringify(entry)));
    },
  };
}

function parseEntry(raw: string): Entry | undefined {
  try {
    const value: unknown = JSON.parse(raw);
    if (
      typeof value === 'object' &&
      value !== null &&
      typeof (value as Entry).base === 'string' &&
      typeof (value as Entry).text === 'string'
    ) {
      return value as Entry;
    }
  } catch {
    // Written by something else under our key: treat as nothing saved.
  }
  return undefined;
}

// FNV-1a: short and stable; it only has to tell two examples apart.
function hash(text: string): string {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193);
  }
  return (value >>> 0).toString(36);
}
