import {useSyncExternalStore} from 'react';
import {
  getServerSnapshot,
  getSnapshot,
  subscribe,
  type ProgressSnapshot,
} from './store';

/**
 * The saved progress, updated when it changes in this or another tab. The
 * server render (and hydration) sees empty progress; the browser's own
 * follows right after, so check marks never cause a hydration mismatch.
 */
export function useProgress(): ProgressSnapshot {
  return useSyncExternalStore(subscribe, getSnapshot, getServerSnapshot);
}
