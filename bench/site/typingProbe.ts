/**
 * The part of the keystroke benchmark that runs inside the page: it stamps
 * each keydown, notices the problem list's next DOM change and the frame
 * after it, and records long tasks and slow key events meanwhile. Functions
 * passed to the page define no named inner functions: tsx would wrap them
 * in a helper that exists only in Node.
 */
import type {CDPSession, Page} from '@playwright/test';

interface Sample {
  /** Keydown, DOM change and end of the next frame, in page milliseconds. */
  key: number;
  dom: number;
  frame: number;
  /** Problems listed after the change. */
  size: number;
}

interface SiteBench {
  pending: number | undefined;
  samples: Sample[];
  /** Samples that `waitForSamples` has waited for so far. */
  awaited: number;
  /** Called after each sample, by `waitForSamples`. */
  onSample: (() => void) | undefined;
  longTasks: {start: number; duration: number}[];
  /** Event Timing entries (those of 16 ms or more, to the next frame). */
  slowEvents: {name: string; start: number; handlerMs: number}[];
}

declare global {
  interface Window {
    __siteBench?: SiteBench;
  }
}

export interface ProbeResult {
  toDom: number[];
  toFrame: number[];
  listSizes: number[];
  longTasks: {count: number; totalMs: number; maxMs: number};
  /** The longest run of a key or input event's handlers, in ms. */
  longestHandlerMs: number;
  /**
   * Main-thread CPU time per edit (thread ticks, not wall time, less the
   * page's CPU time at rest), in ms: what an idle machine would spend.
   */
  cpuPerEditMs: number;
}

export async function installProbe(page: Page, editorId: string) {
  await page.evaluate((id) => {
    const list = document.querySelector(
      `[data-manifest-editor="${id}"] [data-testid="problem-list"]`,
    );
    if (!list) throw new Error('no problem list');
    const bench: SiteBench = {
      pending: undefined,
      samples: [],
      awaited: 0,
      onSample: undefined,
      longTasks: [],
      slowEvents: [],
    };
    window.__siteBench = bench;

    document.addEventListener(
      'keydown',
      (event) => {
        // The event's own timestamp counts the time it waited for a busy
        // main thread; fall back to now if a browser stamps it otherwise.
        const now = performance.now();
        const stamp = event.timeStamp;
        const isSane = stamp > 0 && stamp <= now && now - stamp < 1000;
        bench.pending ??= isSane ? stamp : now;
      },
      true,
    );
    new MutationObserver(() => {
      const key = bench.pending;
      if (key === undefined) return;
      bench.pending = undefined;
      const dom = performance.now();
      const size = list.querySelectorAll('li[data-rule-id]').length;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          bench.samples.push({key, dom, frame: performance.now(), size});
          bench.onSample?.();
        };
        channel.port2.postMessage(undefined);
      });
    }).observe(list, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
    new PerformanceObserver((entries) => {
      for (const entry of entries.getEntries()) {
        bench.longTasks.push({
          start: entry.startTime,
          duration: entry.duration,
        });
      }
    }).observe({type: 'longtask'});
    new PerformanceObserver((entries) => {
      for (const entry of entries.getEntries() as PerformanceEventTiming[]) {
        bench.slowEvents.push({
          name: entry.name,
          start: entry.startTime,
          handlerMs: entry.processingEnd - entry.processingStart,
        });
      }
    }).observe({
      type: 'event',
      durationThreshold: 16,
    } as PerformanceObserverInit);
  }, editorId);
}

/**
 * Resolves once the page has taken `count` more samples than it held when
 * the last edit began (waiting inside the page, not by polling it).
 */
export async function waitForSamples(page: Page, count: number) {
  await page.evaluate(
    (more) =>
      new Promise<void>((resolve, reject) => {
        const bench = window.__siteBench!;
        const wanted = bench.awaited + more;
        bench.awaited = wanted;
        const timer = setTimeout(
          () =>
            reject(new Error(`no problem-list change for sample ${wanted}`)),
          30_000,
        );
        bench.onSample = () => {
          if (bench.samples.length < wanted) return;
          bench.onSample = undefined;
          clearTimeout(timer);
          resolve();
        };
        bench.onSample();
      }),
    count,
  );
}

/** Starts counting the renderer main thread's CPU time. */
export async function startCpuClock(page: Page): Promise<CDPSession> {
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable', {timeDomain: 'threadTicks'});
  return session;
}

export async function readCpuMs(session: CDPSession): Promise<number> {
  const {metrics} = await session.send('Performance.getMetrics');
  const threadTime = metrics.find((metric) => metric.name === 'ThreadTime');
  if (!threadTime) throw new Error('Chromium reports no ThreadTime');
  return threadTime.value * 1000;
}

/** Empties the probe's records, to start the measured edits. */
export async function resetProbe(page: Page) {
  await page.evaluate(() => {
    const bench = window.__siteBench!;
    bench.samples = [];
    bench.awaited = 0;
    bench.longTasks = [];
    bench.slowEvents = [];
  });
}

/** Sums up what the probe saw since the last reset. */
export async function readProbe(
  page: Page,
  cpuMs: number,
): Promise<ProbeResult> {
  const bench = await page.evaluate(() => {
    const {samples, longTasks, slowEvents} = window.__siteBench!;
    return {samples, longTasks, slowEvents};
  });
  const {samples} = bench;
  const first = (samples[0]?.key ?? 0) - 2;
  const last = samples.at(-1)?.frame ?? 0;
  const isDuring = (entry: {start: number}) =>
    entry.start >= first && entry.start <= last;
  const longTasks = bench.longTasks.filter(isDuring);
  const keyEvents = bench.slowEvents
    .filter(isDuring)
    .filter((entry) => /^key|input/.test(entry.name));

  return {
    toDom: samples.map((sample) => sample.dom - sample.key),
    toFrame: samples.map((sample) => sample.frame - sample.key),
    listSizes: samples.map((sample) => sample.size),
    longTasks: {
      count: longTasks.length,
      totalMs: longTasks.reduce((total, task) => total + task.duration, 0),
      maxMs: Math.max(0, ...longTasks.map((task) => task.duration)),
    },
    longestHandlerMs: Math.max(0, ...keyEvents.map((entry) => entry.handlerMs)),
    cpuPerEditMs: cpuMs / Math.max(1, samples.length),
  };
}
