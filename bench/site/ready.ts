/**
 * Time until the editor accepts input: from the start of a navigation to
 * the first keystroke that lands in Monaco's text, for a cold load of the
 * editor page and for a client-side navigation to it from a text page.
 *
 * Playwright waits for Monaco's text box, focuses it and presses `x`, again
 * until the text has the `x`; the page stamps when it handled the keydown
 * of the key that landed. Playwright's round trips between tries are
 * included, so the figure is an upper bound by a few milliseconds. "Editor
 * ready" is when the editor first reports `data-state="ready"`, stamped by
 * the page as it happens.
 */
import type {Browser, Page} from '@playwright/test';
import type {} from '../../src/components/ManifestEditor/LiveEditor/testHandle';
import {logNetwork, waitForHydration} from './network';

export interface ReadyTarget {
  label: string;
  editorPath: string;
  editorId: string;
  /** A page without an editor that links to `editorPath`. */
  fromPath: string;
}

export interface ReadyTimes {
  /** Navigation start to `data-state="ready"`, in ms. */
  mounted: number;
  /** Navigation start to the first keystroke in the editor's text, in ms. */
  accepted: number;
}

interface ReadyStamps {
  navigation: number;
  mounted?: number;
  /** The latest keydown the page handled. */
  keydown?: number;
}

declare global {
  interface Window {
    __siteBenchReady?: ReadyStamps;
  }
}

export async function measureReady(
  browser: Browser,
  origin: string,
  target: ReadyTarget,
  mode: 'cold' | 'client',
): Promise<ReadyTimes> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.addInitScript(stampEditorEvents);
    if (mode === 'cold') {
      await page.goto(origin + target.editorPath, {waitUntil: 'commit'});
    } else {
      const network = logNetwork(context);
      await page.goto(origin + target.fromPath);
      await waitForHydration(page);
      await network.waitForQuiet();
      const link = page
        .locator(`a[href="${target.editorPath}"]`)
        .filter({visible: true})
        .first();
      await link.click();
    }
    await typeUntilLanded(page, target.editorId);
    const stamps = await page.evaluate(() => window.__siteBenchReady!);
    return {
      mounted: stamps.mounted! - stamps.navigation,
      accepted: stamps.keydown! - stamps.navigation,
    };
  } finally {
    await context.close();
  }
}

/** Runs in the page before its own scripts (an init script). */
function stampEditorEvents() {
  window.__statefulSetLabE2E = {editors: {}};
  // A cold load starts at the time origin; a click starts a client one.
  const stamps: ReadyStamps = {navigation: 0};
  window.__siteBenchReady = stamps;
  new MutationObserver(() => {
    if (stamps.mounted !== undefined) return;
    const selector = '[data-manifest-editor] [data-state="ready"]';
    if (document.querySelector(selector)) stamps.mounted = performance.now();
  }).observe(document, {
    subtree: true,
    childList: true,
    attributeFilter: ['data-state'],
  });
  document.addEventListener(
    'click',
    () => {
      stamps.navigation = performance.now();
    },
    true,
  );
  document.addEventListener(
    'keydown',
    () => {
      stamps.keydown = performance.now();
    },
    true,
  );
}

async function typeUntilLanded(page: Page, id: string) {
  const textbox = page.locator(
    `[data-manifest-editor="${id}"] .monaco-editor [role="textbox"]`,
  );
  for (let attempt = 0; attempt < 50; attempt++) {
    await textbox.waitFor({state: 'attached', timeout: 60_000});
    await textbox.focus();
    await page.keyboard.press('x');
    // The cursor of a new editor is at 1:1; every example starts with a key.
    if ((await editorText(page, id))?.startsWith('x')) return;
  }
  throw new Error(`no keystroke reached the editor "${id}"`);
}

function editorText(page: Page, id: string): Promise<string | undefined> {
  return page.evaluate(
    (editorId) => window.__statefulSetLabE2E?.editors[editorId]?.getValue(),
    id,
  );
}
