/**
 * The reader's progress in this browser: one versioned localStorage key,
 * shared by every page and tab of the site. Nothing is sent anywhere.
 *
 * Storage may be blocked (privacy settings throw a SecurityError just for
 * touching `localStorage`) or full; the site then keeps progress in memory
 * for the visit and says so. A stored value this version cannot read is
 * copied to a backup key before anything new is written over it.
 */
import {
  EMPTY_PROGRESS,
  mergeProgress,
  parseProgress,
  serializeProgress,
  type Progress,
} from './model';

export const STORAGE_KEY = 'statefulset-lab:progress:v1';
export const BACKUP_KEY = `${STORAGE_KEY}:unreadable`;
const PROBE_KEY = `${STORAGE_KEY}:probe`;

/** `unavailable`: storage refused; `recovered`: an unreadable value was set aside. */
export type StorageStatus = 'ok' | 'unavailable' | 'recovered';

export interface ProgressSnapshot {
  progress: Progress;
  status: StorageStatus;
}

type Listener = () => void;

const SERVER_SNAPSHOT: ProgressSnapshot = {progress: EMPTY_PROGRESS, status: 'ok'};

let snapshot: ProgressSnapshot | undefined;
let unreadable: string | undefined;
const listeners = new Set<Listener>();

function storage(): Storage {
  return window.localStorage;
}

function read(): ProgressSnapshot {
  let raw: string | null;
  try {
    raw = storage().getItem(STORAGE_KEY);
  } catch {
    return {progress: EMPTY_PROGRESS, status: 'unavailable'};
  }
  const parsed = raw === null ? undefined : parseProgress(raw);
  const progress = parsed?.ok ? parsed.progress : EMPTY_PROGRESS;
  if (!canWrite()) return {progress, status: 'unavailable'};
  if (parsed?.ok !== false) return {progress, status: 'ok'};
  unreadable = raw!;
  return {progress, status: 'recovered'};
}

/**
 * Whether a write goes through. Some private windows (Safari's among them)
 * read storage but refuse every write with a QuotaExceededError; one small
 * write lets the pages say so on arrival, not after the reader's first
 * completion is lost.
 */
function canWrite(): boolean {
  try {
    storage().setItem(PROBE_KEY, '');
    storage().removeItem(PROBE_KEY);
    return true;
  } catch {
    return false;
  }
}

function current(): ProgressSnapshot {
  snapshot ??= read();
  return snapshot;
}

function write(progress: Progress): void {
  let status = current().status;
  try {
    if (unreadable !== undefined) {
      storage().setItem(BACKUP_KEY, unreadable);
      unreadable = undefined;
    }
    storage().setItem(STORAGE_KEY, serializeProgress(progress));
  } catch {
    status = 'unavailable';
  }
  snapshot = {progress, status};
  for (const listener of listeners) listener();
}

export function getSnapshot(): ProgressSnapshot {
  return current();
}

export function getServerSnapshot(): ProgressSnapshot {
  return SERVER_SNAPSHOT;
}

/** Also follows changes made in the site's other tabs. */
export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY && event.key !== null) return;
    snapshot = read();
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

function complete(kind: keyof Progress, id: string): void {
  const {progress} = current();
  if (Object.hasOwn(progress[kind], id)) return;
  const date = new Date().toISOString();
  write({...progress, [kind]: {...progress[kind], [id]: date}});
}

export function markExerciseDone(id: string): void {
  complete('exercises', id);
}

export function markPageRead(docId: string): void {
  complete('pages', docId);
}

/** Adds what `incoming` has to the saved progress; nothing saved is dropped. */
export function importProgress(incoming: Progress): void {
  write(mergeProgress(current().progress, incoming));
}

/** Forgets the cached snapshot; for tests that change storage underneath. */
export function resetForTests(): void {
  snapshot = undefined;
  unreadable = undefined;
}
