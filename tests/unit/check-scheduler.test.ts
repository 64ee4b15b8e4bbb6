import {describe, expect, it} from 'vitest';
import {
  MAIN_THREAD_LIMIT,
  createCheckScheduler,
  type ScheduledResult,
} from '../../src/components/ManifestEditor/checking/scheduler';
import type {CheckRequest} from '../../src/components/ManifestEditor/checking/messages';
import {check} from '../../src/checker';

/** A worker that answers only when the test says so. */
class FakeWorker extends EventTarget {
  readonly received: CheckRequest[] = [];
  isTerminated = false;

  postMessage(request: CheckRequest): void {
    this.received.push(request);
  }

  terminate(): void {
    this.isTerminated = true;
  }

  /** Answers the oldest request not yet answered. */
  answer(): void {
    const request = this.received.shift();
    if (!request) throw new Error('Nothing to answer.');
    const result = check(request.text, request.options);
    this.dispatchEvent(
      new MessageEvent('message', {data: {id: request.id, result}}),
    );
  }

  fail(): void {
    this.dispatchEvent(new Event('error'));
  }
}

const small = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n';
/** A text over the main-thread limit: one ConfigMap with a long value. */
const large = (marker: string) =>
  `${small}data:\n  big: "${marker}${'x'.repeat(MAIN_THREAD_LIMIT)}"\n`;

function setUp() {
  const results: ScheduledResult[] = [];
  const workers: FakeWorker[] = [];
  const scheduler = createCheckScheduler(
    (scheduled) => results.push(scheduled),
    () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker as unknown as Worker;
    },
  );
  return {results, workers, scheduler};
}

describe('the check scheduler', () => {
  it('checks a small text at once on the main thread, with no worker', () => {
    const {results, workers, scheduler} = setUp();
    scheduler.request(small, {locale: 'en'});
    expect(results.map((r) => r.ranIn)).toEqual(['main-thread']);
    expect(results[0].result.objects[0].name).toBe('a');
    expect(workers).toHaveLength(0);
  });

  it('sends a large text to the worker and reports its answer', () => {
    const {results, workers, scheduler} = setUp();
    scheduler.request(large('a'), {locale: 'en'});
    expect(results).toHaveLength(0);
    workers[0].answer();
    expect(results.map((r) => r.ranIn)).toEqual(['worker']);
    expect(results[0].text).toBe(large('a'));
  });

  it('skips texts typed while the worker is busy, except the latest', () => {
    const {results, workers, scheduler} = setUp();
    scheduler.request(large('a'), {locale: 'en'});
    scheduler.request(large('b'), {locale: 'en'});
    scheduler.request(large('c'), {locale: 'en'});
    // Only one request at a time reaches the worker.
    expect(workers[0].received).toHaveLength(1);

    workers[0].answer(); // 'a': outdated, so 'c' is sent instead
    expect(results).toHaveLength(0);
    expect(workers[0].received.map((r) => r.text)).toEqual([large('c')]);

    workers[0].answer();
    expect(results.map((r) => r.text)).toEqual([large('c')]);
  });

  it('drops a late worker answer once a small text was checked', () => {
    const {results, workers, scheduler} = setUp();
    scheduler.request(large('a'), {locale: 'en'});
    scheduler.request(small, {locale: 'en'});
    workers[0].answer();
    expect(results.map((r) => r.text)).toEqual([small]);
  });

  it('checks on the main thread when the worker fails, and from then on', () => {
    const {results, workers, scheduler} = setUp();
    scheduler.request(large('a'), {locale: 'en'});
    workers[0].fail();
    expect(results.map((r) => r.ranIn)).toEqual(['main-thread']);
    expect(workers[0].isTerminated).toBe(true);

    scheduler.request(large('b'), {locale: 'en'});
    expect(results.map((r) => r.ranIn)).toEqual(['main-thread', 'main-thread']);
    expect(workers).toHaveLength(1);
  });

  it('checks on the main thread when no worker can be made', () => {
    const results: ScheduledResult[] = [];
    const scheduler = createCheckScheduler(
      (scheduled) => results.push(scheduled),
      () => {
        throw new Error('Workers are blocked here.');
      },
    );
    scheduler.request(large('a'), {locale: 'en'});
    expect(results.map((r) => r.ranIn)).toEqual(['main-thread']);
  });

  it('reports nothing after it is disposed', () => {
    const {results, workers, scheduler} = setUp();
    scheduler.request(large('a'), {locale: 'en'});
    scheduler.dispose();
    workers[0].answer();
    expect(results).toHaveLength(0);
    expect(workers[0].isTerminated).toBe(true);
  });
});
