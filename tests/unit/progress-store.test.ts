import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest';
import {
  STORAGE_KEY,
  getSnapshot,
  markExerciseDone,
  resetForTests,
} from '../../src/progress/store';
import {serializeProgress} from '../../src/progress/model';

const SAVED = serializeProgress({
  exercises: {'parallel-start': '2026-11-30T10:00:00.000Z'},
  pages: {},
});

/** A Map-backed Storage whose writes can be refused, as a full one's are. */
function fakeStorage(isFull = false): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    key: (index) => [...items.keys()][index] ?? null,
    getItem: (key) => items.get(key) ?? null,
    setItem(key, value) {
      if (isFull) throw new DOMException('Quota exceeded', 'QuotaExceededError');
      items.set(key, value);
    },
    removeItem: (key) => void items.delete(key),
    clear: () => items.clear(),
  };
}

function useWindow(localStorage: () => Storage): void {
  vi.stubGlobal('window', {
    get localStorage() {
      return localStorage();
    },
    addEventListener() {},
    removeEventListener() {},
  });
}

describe('the progress store', () => {
  beforeEach(() => resetForTests());
  afterEach(() => vi.unstubAllGlobals());

  it('is ok on a storage that writes, and its check leaves no key behind', () => {
    const storage = fakeStorage();
    storage.setItem(STORAGE_KEY, SAVED);
    useWindow(() => storage);

    const {progress, status} = getSnapshot();

    expect(status).toBe('ok');
    expect(progress.exercises).toHaveProperty('parallel-start');
    expect(storage.length).toBe(1);
  });

  it('is unavailable from the first read on a storage that refuses writes, and keeps what it read', () => {
    const storage = fakeStorage();
    storage.setItem(STORAGE_KEY, SAVED);
    const full = {...fakeStorage(true), getItem: storage.getItem};
    useWindow(() => full);

    const {progress, status} = getSnapshot();

    expect(status).toBe('unavailable');
    expect(progress.exercises).toHaveProperty('parallel-start');
  });

  it('is unavailable when touching storage throws, and still counts completions for the visit', () => {
    useWindow(() => {
      throw new DOMException('Access is denied', 'SecurityError');
    });

    expect(getSnapshot().status).toBe('unavailable');
    markExerciseDone('canary-partition');

    expect(getSnapshot().status).toBe('unavailable');
    expect(getSnapshot().progress.exercises).toHaveProperty('canary-partition');
  });
});
