/**
 * Page weight: every script and stylesheet a page loads until it has
 * settled, in a fresh browser context (empty cache), with their owners.
 */
import {readFileSync} from 'node:fs';
import type {Browser, Request, Response} from '@playwright/test';
import {describeFile, type LoadedFile} from './files';
import {logNetwork, waitForEditors, waitForHydration} from './network';
import {resolveFile} from './server';

export interface PageSpec {
  /** Row label, e.g. `zh-TW text`. */
  label: string;
  path: string;
  /** Mermaid diagrams the page draws: it has settled once all are SVG. */
  diagrams?: number;
  /** Whether the page shows a <ManifestEditor>, to wait for Monaco. */
  hasEditor?: boolean;
}

export interface PageWeight {
  spec: PageSpec;
  /** Scripts, stylesheets and worker scripts the page itself loaded. */
  loaded: LoadedFile[];
  /** `<link rel="prefetch">` of other pages' chunks, done at idle time. */
  prefetched: LoadedFile[];
  /** Script URLs of the Web Workers the page started. */
  workers: string[];
  /** Every URL the page requested. */
  requested: string[];
}

const ASSET = /\.(m?js|css)(\?|$)/;

export async function measurePage(
  browser: Browser,
  origin: string,
  buildDir: string,
  spec: PageSpec,
): Promise<PageWeight> {
  const context = await browser.newContext();
  try {
    const network = logNetwork(context);
    const bodies: Promise<LoadedFile | undefined>[] = [];
    context.on('response', (response) => {
      bodies.push(toLoadedFile(response, origin, buildDir));
    });
    const page = await context.newPage();
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));

    await page.goto(origin + spec.path, {waitUntil: 'load'});
    await waitForHydration(page);
    if (spec.hasEditor) await waitForEditors(page);
    if (spec.diagrams) {
      await page.waitForFunction(
        (count) =>
          document.querySelectorAll('.docusaurus-mermaid-container svg')
            .length >= count,
        spec.diagrams,
        {timeout: 60_000},
      );
    }
    await network.waitForQuiet();

    const files = (await Promise.all(bodies)).filter(
      (file): file is LoadedFile => file !== undefined,
    );
    // A worker's script may not pass through the page's network events.
    for (const url of workers) {
      const path = new URL(url).pathname;
      if (files.some((file) => file.path === path)) continue;
      files.push(describeFile(path, 'worker', readBuilt(buildDir, path)));
    }
    return {
      spec,
      loaded: files.filter((file) => file.kind !== 'prefetch'),
      prefetched: files.filter((file) => file.kind === 'prefetch'),
      workers,
      requested: [...network.requested],
    };
  } finally {
    await context.close();
  }
}

async function toLoadedFile(
  response: Response,
  origin: string,
  buildDir: string,
): Promise<LoadedFile | undefined> {
  const url = response.url();
  if (!url.startsWith(origin) || !ASSET.test(url)) return undefined;
  const path = new URL(url).pathname;
  const request = response.request();
  const type = request.resourceType();
  const kind =
    type === 'stylesheet'
      ? 'stylesheet'
      : type === 'script'
        ? isFromWorker(request)
          ? 'worker'
          : 'script'
        : 'prefetch';
  // Chromium gives no body for prefetches; the server sends files as built.
  const body = await response.body().catch(() => Buffer.alloc(0));
  return describeFile(
    path,
    kind,
    body.length > 0 ? body : readBuilt(buildDir, path),
  );
}

function isFromWorker(request: Request): boolean {
  try {
    return request.frame() === null;
  } catch {
    // Playwright throws for requests that have no frame (workers).
    return true;
  }
}

function readBuilt(buildDir: string, path: string): Buffer {
  const file = resolveFile(buildDir, path);
  if (!file) throw new Error(`${path} is not in ${buildDir}`);
  return readFileSync(file);
}

/**
 * Starts the worker that Monaco would start, through the page's own
 * `MonacoEnvironment.getWorker` (src/components/ManifestEditor/monaco/
 * setup.ts), and returns the script URL it loads: which file of the build
 * is Monaco's editor worker.
 */
export async function probeMonacoWorker(
  browser: Browser,
  origin: string,
  path: string,
): Promise<string[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.goto(origin + path);
    await waitForHydration(page);
    await waitForEditors(page);
    await page.evaluate(async () => {
      const environment = (globalThis as {MonacoEnvironment?: any})
        .MonacoEnvironment;
      const worker: Worker = environment.getWorker(
        'workerMain.js',
        'editorWorkerService',
      );
      await new Promise((resolve) => setTimeout(resolve, 1000));
      worker.terminate();
    });
    return workers;
  } finally {
    await context.close();
  }
}
