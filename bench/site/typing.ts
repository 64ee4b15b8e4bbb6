/**
 * Keystroke to updated problem list, in a real page, with real key events.
 *
 * The cursor sits after `replicas: 3`; the edits alternate between typing
 * `x` (`3x` is not a number: one more problem) and Backspace (the problem
 * goes), so every edit changes the list and there is always something to
 * wait for. An edit that left the list as it was would change no DOM, and
 * its "update" could not be observed at all.
 *
 * Per edit, inside the page: from the keydown's timestamp to the first DOM
 * mutation of the problem list (React's commit, after the check), and to the
 * end of the next rendered frame (requestAnimationFrame, then a message
 * posted from it, which runs once that frame is done). Long tasks and Event
 * Timing entries of the same span tell whether typing was blocked.
 */
import type {Browser, CDPSession, Page} from '@playwright/test';
import type {} from '../../src/components/ManifestEditor/LiveEditor/testHandle';
import {logNetwork, waitForEditors, waitForHydration} from './network';
import {profileEdits, type TimeSplit} from './profile';
import {
  installProbe,
  readCpuMs,
  readProbe,
  resetProbe,
  startCpuClock,
  waitForSamples,
  type ProbeResult,
} from './typingProbe';

export interface TypingTarget {
  label: string;
  /** Page path, with a share-link fragment for the playground. */
  path: string;
  editorId: string;
  /** The text the editor must hold before typing starts. */
  expectedText?: string;
}

export interface TypingResult extends ProbeResult {
  target: TypingTarget;
  lines: number;
  /** Problems listed before the edits (the `x` adds one). */
  baseProblems: number;
  /** Web Worker scripts started while typing. */
  workers: string[];
  /** Main-thread time per edit by owner, from a profiled pass of edits. */
  split: TimeSplit;
}

const WARM_UP_EDITS = 4;
const MEASURED_EDITS = 60;
const PROFILED_EDITS = 20;
// About a brisk typist's pace, so each edit starts on a settled page.
const PAUSE_BETWEEN_EDITS_MS = 100;
const IDLE_SPAN_MS = 3000;

export async function measureTyping(
  browser: Browser,
  origin: string,
  buildDir: string,
  target: TypingTarget,
): Promise<TypingResult> {
  const context = await browser.newContext();
  try {
    const network = logNetwork(context);
    const page = await context.newPage();
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.addInitScript(() => {
      window.__statefulSetLabE2E = {editors: {}};
    });
    await page.goto(origin + target.path);
    await waitForHydration(page);
    await waitForEditors(page);
    const text = await waitForText(page, target);
    await network.waitForQuiet();

    const line = text.split('\n').findIndex((l) => /^\s*replicas: 3$/.test(l));
    if (line < 0) throw new Error(`${target.label}: no "replicas: 3" line`);
    await placeCursorAtEndOfLine(page, target.editorId, line + 1);
    await installProbe(page, target.editorId);
    const baseProblems = await problemCount(page, target.editorId);

    // One edit: `x` on even counts, Backspace on odd ones; resolves once
    // the probe has seen the list change and the next frame.
    let edits = 0;
    const edit = async () => {
      await page.keyboard.press(edits % 2 === 0 ? 'x' : 'Backspace');
      edits++;
      await waitForSamples(page, 1);
      if (edits === 1) await expectLine(page, target, line, text, '3x');
      await page.waitForTimeout(PAUSE_BETWEEN_EDITS_MS);
    };
    for (let i = 0; i < WARM_UP_EDITS; i++) await edit();

    // The page's CPU time at rest (cursor blinking and the like) is left
    // out of the CPU time of the edits.
    const cpu = await startCpuClock(page);
    const idleRate = await cpuPerMs(cpu, IDLE_SPAN_MS);
    await resetProbe(page);
    const cpuAtStart = await readCpuMs(cpu);
    const wallAtStart = performance.now();
    for (let i = 0; i < MEASURED_EDITS; i++) await edit();
    const wallMs = performance.now() - wallAtStart;
    const cpuMs = (await readCpuMs(cpu)) - cpuAtStart - idleRate * wallMs;
    const result = await readProbe(page, cpuMs);

    // Apart from the measured edits: the profiler slows the page down.
    const split = await profileEdits(
      cpu,
      buildDir,
      PROFILED_EDITS,
      async () => {
        for (let i = 0; i < PROFILED_EDITS; i++) await edit();
      },
    );

    checkToggles(target, result, baseProblems);
    return {
      ...result,
      target,
      lines: text.split('\n').length,
      baseProblems,
      workers,
      split,
    };
  } finally {
    await context.close();
  }
}

/** The page's main-thread CPU milliseconds per wall millisecond, at rest. */
async function cpuPerMs(cpu: CDPSession, spanMs: number): Promise<number> {
  const cpuBefore = await readCpuMs(cpu);
  const wallBefore = performance.now();
  await new Promise((resolve) => setTimeout(resolve, spanMs));
  const cpuSpent = (await readCpuMs(cpu)) - cpuBefore;
  return cpuSpent / (performance.now() - wallBefore);
}

async function waitForText(page: Page, target: TypingTarget): Promise<string> {
  const handle = await page.waitForFunction(
    ({id, expected}) => {
      const text = window.__statefulSetLabE2E?.editors[id]?.getValue();
      if (text === undefined) return undefined;
      return expected === undefined || text === expected ? text : undefined;
    },
    {id: target.editorId, expected: target.expectedText},
    {timeout: 60_000},
  );
  return (await handle.jsonValue()) as string;
}

async function placeCursorAtEndOfLine(page: Page, id: string, line: number) {
  // Monaco takes text through an EditContext on this element (Chromium),
  // not through its hidden textarea.
  const textbox = page.locator(
    `[data-manifest-editor="${id}"] .monaco-editor [role="textbox"]`,
  );
  await textbox.focus();
  await page.keyboard.press('ControlOrMeta+Home');
  for (let i = 1; i < line; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('End');
}

async function expectLine(
  page: Page,
  target: TypingTarget,
  index: number,
  original: string,
  ending: string,
) {
  const text = await page.evaluate(
    (id) => window.__statefulSetLabE2E!.editors[id]!.getValue(),
    target.editorId,
  );
  const line = text.split('\n')[index] ?? '';
  if (!line.endsWith(ending) || text.length !== original.length + 1) {
    throw new Error(`${target.label}: typed into the wrong place: "${line}"`);
  }
}

function problemCount(page: Page, id: string): Promise<number> {
  return page
    .locator(
      `[data-manifest-editor="${id}"] [data-testid="problem-list"] li[data-rule-id]`,
    )
    .count();
}

/** Every `x` must have added a problem, and every Backspace removed it. */
function checkToggles(
  target: TypingTarget,
  result: ProbeResult,
  baseProblems: number,
) {
  result.listSizes.forEach((size, index) => {
    const expected = index % 2 === 0 ? baseProblems + 1 : baseProblems;
    if (size !== expected) {
      throw new Error(
        `${target.label}: edit ${index + 1} left ${size} problems, not ${expected}`,
      );
    }
  });
}
