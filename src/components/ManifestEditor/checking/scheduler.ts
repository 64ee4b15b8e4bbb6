import {check, type CheckOptions, type CheckResult} from '../../../checker';
import type {CheckRequest, CheckResponse} from './messages';

/**
 * Texts up to this many characters are checked on the main thread, in the
 * keystroke's own task: at about 0.7 ms per KB, that stays well under a
 * frame, and the squiggles never lag the text. Larger texts (an uploaded
 * 1 MB file takes 700 ms) go to a worker, so typing never waits for them.
 */
export const MAIN_THREAD_LIMIT = 32 * 1024;

/** What a check of one text produced, and where it ran. */
export interface ScheduledResult {
  text: string;
  result: CheckResult;
  ranIn: 'main-thread' | 'worker';
}

export interface CheckScheduler {
  /**
   * Checks `text`; `onResult` gets the verdict of the latest text only. A
   * text checked in the worker while newer ones wait is skipped: each answer
   * is for the text on screen, or it is dropped.
   */
  request(text: string, options: CheckOptions): void;
  dispose(): void;
}

/** Creates the worker; a function so that tests can pass a fake. */
export type WorkerFactory = () => Worker;

export function createCheckScheduler(
  onResult: (scheduled: ScheduledResult) => void,
  createWorker: WorkerFactory = createCheckWorker,
): CheckScheduler {
  let worker: Worker | undefined;
  let lastId = 0;
  let inFlight: CheckRequest | undefined;
  let waiting: CheckRequest | undefined;
  let isDisposed = false;
  let hasWorkerFailed = false;

  const checkHere = (request: CheckRequest) => {
    const result = check(request.text, request.options);
    onResult({text: request.text, result, ranIn: 'main-thread'});
  };

  const send = (request: CheckRequest) => {
    inFlight = request;
    worker!.postMessage(request);
  };

  const onMessage = (event: MessageEvent<CheckResponse>) => {
    const answered = inFlight;
    inFlight = undefined;
    if (isDisposed || !answered || event.data.id !== answered.id) return;
    // A newer text was typed meanwhile: check it, and drop this answer.
    if (waiting) {
      const next = waiting;
      waiting = undefined;
      send(next);
      return;
    }
    if (answered.id !== lastId) return;
    onResult({text: answered.text, result: event.data.result, ranIn: 'worker'});
  };

  // A worker that cannot start (a strict policy, an old browser) or that
  // fails leaves the main thread to do the work: slow beats silent.
  const onError = () => {
    const pending = waiting ?? inFlight;
    hasWorkerFailed = true;
    worker?.terminate();
    worker = undefined;
    inFlight = undefined;
    waiting = undefined;
    if (pending && pending.id === lastId && !isDisposed) checkHere(pending);
  };

  const startWorker = (): boolean => {
    if (worker) return true;
    if (hasWorkerFailed) return false;
    try {
      worker = createWorker();
    } catch {
      hasWorkerFailed = true;
      return false;
    }
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', onError);
    return true;
  };

  return {
    request(text, options) {
      const request: CheckRequest = {id: ++lastId, text, options};
      if (text.length <= MAIN_THREAD_LIMIT || !startWorker()) {
        // An answer still on its way is for an older text now.
        waiting = undefined;
        checkHere(request);
        return;
      }
      if (inFlight) waiting = request;
      else send(request);
    },
    dispose() {
      isDisposed = true;
      worker?.terminate();
      worker = undefined;
    },
  };
}

function createCheckWorker(): Worker {
  // The bundler turns `new Worker(new URL(...))` into a chunk of its own.
  return new Worker(new URL('./check.worker.ts', import.meta.url), {
    type: 'module',
  });
}
