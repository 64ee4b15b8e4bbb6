/**
 * Storage that the browser refuses: blocked outright (privacy settings or
 * blocked cookies, where touching `localStorage` throws a SecurityError) or
 * full (a private window with no quota, where every write throws a
 * QuotaExceededError). Every kind of page still works and says that what the
 * reader does will not be kept.
 */
import type {Page} from '@playwright/test';
import {EditorDriver, LOCALES, expect, openPage, test} from './helpers/editor';
import {EXERCISE_TEXT, ExercisePage, TrackPage} from './helpers/exercise';
import {exerciseById} from '../../src/exercises';

const EXAMPLE_PAGE = 'docs/example-walkthrough';
const EXAMPLE_EDITOR = 'web-example';
const PLAYGROUND_EDITOR = 'playground';
// A one-line fix: OrderedReady -> Parallel.
const PARALLEL = 'parallel-start';
const SELECTOR_MISMATCH = 'sts-selector-template-mismatch';

type Refusal = 'blocked' | 'full';

/** Makes the page's storage refuse, before any of the site's code runs. */
async function refuseStorage(page: Page, refusal: Refusal): Promise<void> {
  if (refusal === 'blocked') {
    await page.addInitScript(() => {
      // Chromium with cookies blocked throws on the property itself.
      for (const name of ['localStorage', 'sessionStorage']) {
        Object.defineProperty(window, name, {
          configurable: true,
          get() {
            throw new DOMException(
              `Failed to read the '${name}' property from 'Window': Access is denied for this document.`,
              'SecurityError',
            );
          },
        });
      }
    });
    return;
  }
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException(
        "Failed to execute 'setItem' on 'Storage': Setting the value exceeded the quota.",
        'QuotaExceededError',
      );
    };
  });
}

const PLAYGROUND_TEXT = {
  'zh-TW': {loadMenu: '範例與練習', load: '載入', restore: '還原先前的內容'},
  en: {loadMenu: 'Examples and exercises', load: 'Load', restore: 'Restore previous text'},
} as const;

for (const locale of LOCALES) {
  const text = EXERCISE_TEXT[locale.name];

  for (const refusal of ['blocked', 'full'] as const) {
    test.describe(`${locale.name}: with storage ${refusal}`, () => {
      test('an editor still checks every edit, says edits will not be kept, and a reload shows the original', async ({
        page,
      }) => {
        await refuseStorage(page, refusal);
        const editor = await EditorDriver.open(
          page,
          `${locale.base}${EXAMPLE_PAGE}`,
          EXAMPLE_EDITOR,
        );
        const original = await editor.getText();
        const labels = await editor.findLines(/^\s*app:\s*nginx\s*$/);
        const [template] = await editor.findLines(/^\s*template:\s*$/);
        const line = labels.find((candidate) => candidate > template!)!;

        // 1. Said before the reader types.
        await expect(editor.root).toContainText(locale.text.storageUnavailable);

        // 2. The edit is checked as usual.
        await editor.replaceLine(line, 'app: nginx2');
        await expect(editor.problems(SELECTOR_MISMATCH)).toHaveCount(1);

        // 3. What was said is true: nothing was kept.
        await page.reload();
        await editor.waitUntilReady();
        expect(await editor.getText()).toBe(original);
        await editor.expectNoProblems(locale);
      });

      test('an exercise can still be solved, and says the completion will not be remembered', async ({
        page,
      }) => {
        await refuseStorage(page, refusal);
        const exercise = await ExercisePage.open(page, locale, PARALLEL);
        // Said on arrival, not only once a completion is lost.
        await expect(exercise.root).toContainText(text.notRemembered);

        const [line] = await exercise.editor.findLines(
          /podManagementPolicy: OrderedReady/,
        );
        await exercise.editor.replaceLine(line!, 'podManagementPolicy: Parallel');

        await expect(exercise.doneState).toContainText(text.done);
        await expect(exercise.root).toContainText(text.notRemembered);
        await expect(exercise.editor.root).toContainText(
          locale.text.storageUnavailable,
        );
      });

      test('the track page opens, says progress lasts only for the visit, and still imports a file', async ({
        page,
      }) => {
        await refuseStorage(page, refusal);
        const track = await TrackPage.open(page, locale);

        // 1. Said on arrival, before the reader does anything.
        await expect(track.root).toContainText(text.notKept);

        // 2. An imported file counts for the visit.
        const file = {
          format: 'statefulset-lab-progress',
          version: 1,
          exercises: {[PARALLEL]: '2026-11-30T10:00:00.000Z'},
        };
        await track.importFile({
          name: 'progress.json',
          mimeType: 'application/json',
          buffer: Buffer.from(JSON.stringify(file)),
        });
        await expect(track.importResult).toContainText(text.imported);
        await track.expectExerciseDone(PARALLEL);
        await expect(track.root).toContainText(text.notKept);
      });

      test('the playground checks edits, loads an example and restores the text before it, and says edits will not be kept', async ({
        page,
      }) => {
        await refuseStorage(page, refusal);
        const playground = PLAYGROUND_TEXT[locale.name];
        const editor = await EditorDriver.open(
          page,
          `${locale.base}playground`,
          PLAYGROUND_EDITOR,
        );
        const start = exerciseById(PARALLEL)!.start;

        // 1. An edit is checked.
        await editor.setText('kind: ConfigMap\n');
        await expect(editor.problems()).not.toHaveCount(0);
        await expect(editor.root).toContainText(locale.text.storageUnavailable);

        // 2. Loading replaces the text; the one it replaced comes back on request.
        await page
          .getByLabel(playground.loadMenu)
          .selectOption({label: exerciseById(PARALLEL)!.title[locale.name]});
        await page.getByRole('button', {name: playground.load, exact: true}).click();
        await expect.poll(() => editor.getText()).toBe(start);
        await page.getByRole('button', {name: playground.restore}).click();
        await expect.poll(() => editor.getText()).toBe('kind: ConfigMap\n');
      });
    });
  }

  test(`${locale.name}: a page without an editor reads normally with storage blocked`, async ({
    page,
  }) => {
    await refuseStorage(page, 'blocked');
    await openPage(page, `${locale.base}docs/why-pods-lose-state`);

    await expect(page.locator('article h1')).toBeVisible();
  });
}
