/** Watching what a browser context fetches, and waiting until it stops. */
import type {BrowserContext, Page} from '@playwright/test';

export interface NetworkLog {
  /** Every URL the context requested, in order. */
  readonly requested: string[];
  /** Resolves once no request has been in flight for `quietMs`. */
  waitForQuiet(quietMs?: number, timeoutMs?: number): Promise<void>;
}

export function logNetwork(context: BrowserContext): NetworkLog {
  const requested: string[] = [];
  let inFlight = 0;
  let lastChange = performance.now();
  const settle = () => {
    inFlight--;
    lastChange = performance.now();
  };
  context.on('request', (request) => {
    requested.push(request.url());
    inFlight++;
    lastChange = performance.now();
  });
  context.on('requestfinished', settle);
  context.on('requestfailed', settle);

  return {
    requested,
    async waitForQuiet(quietMs = 700, timeoutMs = 60_000) {
      const started = performance.now();
      while (inFlight > 0 || performance.now() - lastChange < quietMs) {
        if (performance.now() - started > timeoutMs) {
          throw new Error(`network still busy after ${timeoutMs} ms`);
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
  };
}

/** Waits until React has hydrated the page, as the end-to-end tests do. */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForSelector('html[data-has-hydrated="true"]', {
    state: 'attached',
    timeout: 60_000,
  });
}

/** Waits until every editor on the page has Monaco loaded and ready. */
export async function waitForEditors(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const editors = document.querySelectorAll('[data-manifest-editor]');
      const ready = document.querySelectorAll(
        '[data-manifest-editor] [data-state="ready"] .monaco-editor [role="textbox"]',
      );
      return editors.length > 0 && ready.length === editors.length;
    },
    undefined,
    {timeout: 60_000},
  );
}
