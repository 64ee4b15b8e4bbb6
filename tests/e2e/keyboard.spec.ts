/**
 * An exercise done with the keyboard alone, from page load to the track:
 * reach the editor with Tab, make the fix, leave the editor (Esc, then Tab),
 * open a hint and see the exercise done. Every key goes through
 * `page.keyboard`; the test handle only reads the text.
 */
import type {Locator, Page} from '@playwright/test';
import {LOCALES, expect, test} from './helpers/editor';
import {EXERCISE_TEXT, ExercisePage, TrackPage} from './helpers/exercise';
import {exerciseById} from '../../src/exercises';

// Its fix is one word on one line: OrderedReady -> Parallel.
const PARALLEL = 'parallel-start';

// Enough for the longest way there (navbar and sidebar skipped); a path that
// needs more is a bug in the page's order.
const MAX_TABS = 40;

for (const locale of LOCALES) {
  const text = EXERCISE_TEXT[locale.name];

  test(`${locale.name}: an exercise can be done with the keyboard alone, from reaching the editor to the track`, async ({
    page,
  }) => {
    const exercise = await ExercisePage.open(page, locale, PARALLEL);
    const {editor} = exercise;
    const start = exerciseById(PARALLEL)!.start.split('\n');
    const line = start.findIndex((l) => l.includes('OrderedReady')) + 1;

    // 1. The first Tab reaches the skip link; it jumps past navbar and sidebar.
    await page.keyboard.press('Tab');
    const skip = page.locator('a[href="#__docusaurus_skipToContent_fallback"]');
    await expect(skip).toBeFocused();
    await page.keyboard.press('Enter');
    // Docusaurus focuses <main> for a moment only: the next Tab starts there.
    await page.keyboard.press('Tab');
    await expect(page.locator('main :focus')).toHaveCount(1);

    // 2. Tab reaches the editor, through its toolbar.
    const path = await tabUntil(page, editor.textbox);
    expect(path.slice(-2)).toEqual([
      `button: ${locale.text.reset}`,
      `button: ${locale.text.copy}`,
    ]);

    // 3. The fix, typed: select the policy's value and type over it.
    await page.keyboard.press('ControlOrMeta+Home');
    for (let i = 1; i < line; i++) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('End');
    await page.keyboard.press('ControlOrMeta+Shift+ArrowLeft');
    await page.keyboard.type('Parallel');
    await expect
      .poll(async () => (await editor.getText()).split('\n')[line - 1])
      .toBe('  podManagementPolicy: Parallel');
    await expect(exercise.doneState).toContainText(text.done);

    // 4. Esc, then Tab, leaves the editor without indenting; focus goes on
    //    to the done message's links, never back into the text.
    await page.keyboard.press('Escape');
    const next = exercise.doneState.getByRole('link').first();
    await tabUntil(page, next);
    await expectFocusVisible(next);
    expect((await editor.getText()).split('\n')[line - 1]).toBe(
      '  podManagementPolicy: Parallel',
    );

    // 5. On to the hints: Enter opens one, Space the next; focus stays.
    const hintButton = exercise.root.getByRole('button', {name: text.nextHint});
    await tabUntil(page, hintButton);
    await expectFocusVisible(hintButton);
    await page.keyboard.press('Enter');
    const hints = exercise.root.getByTestId('exercise-hint');
    await expect(hints).toHaveCount(1);
    await expect(hintButton).toBeFocused();
    await page.keyboard.press('Space');
    await expect(hints).toHaveCount(2);

    // 6. Back (Shift+Tab) to the link to the track, which counts it done.
    const back = exercise.doneState.getByRole('link', {name: text.backToTrack});
    await tabUntil(page, back, 'Shift+Tab');
    await expectFocusVisible(back);
    await page.keyboard.press('Enter');
    await new TrackPage(page).expectExerciseDone(PARALLEL);
  });
}

/**
 * Presses `key` until `target` has focus, and returns what had focus on the
 * way (as "role: name"). Fails with that path if `target` is never reached,
 * or if focus goes back into an editor's text on the way.
 */
async function tabUntil(
  page: Page,
  target: Locator,
  key: 'Tab' | 'Shift+Tab' = 'Tab',
): Promise<string[]> {
  const path: string[] = [];
  for (let count = 0; count < MAX_TABS; count++) {
    await page.keyboard.press(key);
    const isTarget = await target.evaluateAll((elements) =>
      elements.some((element) => element === document.activeElement),
    );
    if (isTarget) return path;
    const isInEditor = await page.evaluate(
      () => document.activeElement?.closest('.monaco-editor') != null,
    );
    if (isInEditor) {
      throw new Error(`${key} went into an editor on the way to ${target}`);
    }
    path.push(await describeFocus(page));
  }
  throw new Error(
    `${MAX_TABS} presses of ${key} never reached ${target}; focus went: ${path.join(' → ')}`,
  );
}

async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return 'body';
    const role =
      element.getAttribute('role') ??
      (element.tagName === 'A' ? 'link' : element.tagName.toLowerCase());
    const name =
      element.getAttribute('aria-label') ??
      (element.textContent ?? '').trim().slice(0, 40);
    return `${role}: ${name}`;
  });
}

/** Focused, and drawn as focused (the browser's :focus-visible ring). */
async function expectFocusVisible(target: Locator): Promise<void> {
  await expect(target).toBeFocused();
  expect(
    await target.evaluate((element) => element.matches(':focus-visible')),
  ).toBe(true);
}
