import {readFile} from 'node:fs/promises';
import {LOCALES, expect, test} from './helpers/editor';
import {EXERCISE_TEXT, ExercisePage, TrackPage} from './helpers/exercise';
import {exerciseById} from '../../src/exercises';

// A one-line fix, to complete by typing: OrderedReady -> Parallel.
const PARALLEL = 'parallel-start';
// Three hints, and a solution that adds a block the diff must show.
const CANARY = 'canary-partition';

for (const locale of LOCALES) {
  const text = EXERCISE_TEXT[locale.name];

  test.describe(`${locale.name}: exercises and progress`, () => {
    test('completing an exercise by editing shows it done, keeps it after a reload and counts it on the track', async ({
      page,
    }) => {
      const exercise = await ExercisePage.open(page, locale, PARALLEL);
      const total = exerciseById(PARALLEL)!.goals.length;

      // 1. The start meets all goals but one, and is not done.
      await expect(exercise.goalCount).toHaveText(text.goalCount(total - 1, total));
      await expect(exercise.doneState).toHaveCount(0);
      await expect(exercise.sidebarLink()).not.toHaveAttribute('data-progress', 'done');

      // 2. Type the fix: the checklist follows, the done state and the tick appear.
      const [line] = await exercise.editor.findLines(/podManagementPolicy: OrderedReady/);
      await exercise.editor.replaceLine(line!, 'podManagementPolicy: Parallel');
      await expect(exercise.goalCount).toHaveText(text.goalCount(total, total));
      await expect(exercise.goals.locator('[data-goal-met="false"]')).toHaveCount(0);
      await expect(exercise.doneState).toContainText(text.done);
      await expect(exercise.sidebarLink()).toHaveAttribute('data-progress', 'done');

      // 3. After a reload the saved edit and the tick are still there.
      await exercise.reload();
      await expect(exercise.doneState).toContainText(text.done);
      await expect(exercise.sidebarLink()).toHaveAttribute('data-progress', 'done');

      // 4. The track counts it.
      const track = await TrackPage.open(page, locale);
      await track.expectExerciseDone(PARALLEL);
      // Only the exercise: this browser context has read no chapter.
      await expect(track.percent).toHaveText(text.percent(1));
      await expect(track.step('exercise', CANARY)).toHaveAttribute('data-done', 'false');
    });

    test('hints are revealed one at a time, and the solution shows what differs from the reader\'s text', async ({
      page,
    }) => {
      const exercise = await ExercisePage.open(page, locale, CANARY);
      const data = exerciseById(CANARY)!;
      const hints = exercise.root.getByTestId('exercise-hint');

      // 1. Hints, one per click, until none is left.
      await expect(hints).toHaveCount(0);
      for (let shown = 1; shown <= data.hints.length; shown++) {
        await exercise.root.getByRole('button', {name: text.nextHint}).click();
        await expect(hints).toHaveCount(shown);
        await expect(hints.nth(shown - 1)).toContainText(firstWords(data.hints[shown - 1]![locale.name]));
      }
      await expect(exercise.root.getByRole('button', {name: text.nextHint})).toHaveCount(0);
      // The button that had focus is gone: focus moves to the last hint.
      await expect(hints.last()).toBeFocused();
      await expect(exercise.root.getByTestId('exercise-hints')).toContainText(text.allHintsShown);

      // 2. The solution, as a diff against the unchanged start.
      const show = exercise.root.getByRole('button', {name: text.showSolution});
      await expect(show).toHaveAttribute('aria-expanded', 'false');
      await show.click();
      const diff = exercise.root.getByTestId('exercise-diff');
      await expect(diff.locator('[data-kind="added"]').filter({hasText: 'partition: 2'})).toHaveCount(1);
      await expect(diff.locator('[data-kind="removed"]').filter({hasText: 'nginx:1.26.2'})).toHaveCount(1);

      // 3. Typing the solution in leaves no difference, and the exercise is done.
      await exercise.editor.setText(data.solution);
      await expect(exercise.root.getByTestId('exercise-diff-same')).toBeVisible();
      await expect(exercise.doneState).toContainText(text.done);
      await exercise.root.getByRole('button', {name: text.hideSolution}).click();
      await expect(diff).toHaveCount(0);
    });

    test('progress exported in one browser is imported in a fresh one', async ({page, browser}, testInfo) => {
      // 1. Complete an exercise and export.
      const exercise = await ExercisePage.open(page, locale, CANARY);
      await exercise.editor.setText(exerciseById(CANARY)!.solution);
      await expect(exercise.doneState).toBeVisible();
      const track = await TrackPage.open(page, locale);
      const download = page.waitForEvent('download');
      await track.root.getByRole('button', {name: text.exportButton}).click();
      const file = testInfo.outputPath('progress.json');
      await (await download).saveAs(file);
      expect(JSON.parse(await readFile(file, 'utf8')).exercises).toHaveProperty(CANARY);

      // 2. A new browser context has no progress until the file is imported.
      const fresh = await browser.newContext();
      try {
        const otherPage = await fresh.newPage();
        const otherTrack = await TrackPage.open(otherPage, locale);
        await otherTrack.expectExerciseDone(CANARY, false);
        await otherTrack.importFile(file);
        await expect(otherTrack.importResult).toContainText(text.imported);
        await otherTrack.expectExerciseDone(CANARY);

        // 3. And keeps it.
        await otherPage.reload();
        await otherTrack.expectExerciseDone(CANARY);
      } finally {
        await fresh.close();
      }
    });

    test('a corrupt or hand-edited progress file is refused with a message, and saved progress stays', async ({
      page,
    }) => {
      const exercise = await ExercisePage.open(page, locale, CANARY);
      await exercise.editor.setText(exerciseById(CANARY)!.solution);
      await expect(exercise.doneState).toBeVisible();
      const track = await TrackPage.open(page, locale);
      await track.expectExerciseDone(CANARY);

      // 1. Not JSON at all (a cut-off file).
      await track.importFile({
        name: 'progress.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"format": "statefulset-lab-progress", "vers'),
      });
      const alert = track.importResult.getByRole('alert');
      await expect(alert).toContainText(text.notJson);
      await expect(alert).toContainText(text.unchanged);
      await track.expectExerciseDone(CANARY);

      // 2. Our format, edited by hand into an invalid date.
      const edited = {format: 'statefulset-lab-progress', version: 1, exercises: {[PARALLEL]: 'yesterday'}};
      await track.importFile({
        name: 'edited.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(edited)),
      });
      await expect(alert).toContainText(text.invalidEntry);
      await track.expectExerciseDone(PARALLEL, false);

      // 3. Nothing saved was lost.
      await page.reload();
      await track.expectExerciseDone(CANARY);
    });

    test('with storage full the exercise still completes and the site says progress will not be kept', async ({
      page,
    }) => {
      await page.addInitScript(() => {
        Storage.prototype.setItem = () => {
          throw new DOMException('Quota exceeded', 'QuotaExceededError');
        };
      });
      const exercise = await ExercisePage.open(page, locale, CANARY);

      await exercise.editor.setText(exerciseById(CANARY)!.solution);

      await expect(exercise.doneState).toContainText(text.done);
      await expect(exercise.root).toContainText(text.notRemembered);
      // Within the visit, the track still counts it, and says why it will not last.
      await exercise.doneState.getByRole('link', {name: text.backToTrack}).click();
      const track = new TrackPage(page);
      await expect(track.root).toContainText(text.notKept);
      await track.expectExerciseDone(CANARY);
    });

    test('progress stored in a form the site cannot read is set aside, not overwritten', async ({
      page,
    }) => {
      const garbage = '{"format": "statefulset-lab-progress", "version": 1, "exercises": 7';
      await page.addInitScript((value) => {
        // Only on the first load: later loads must see what the site wrote.
        if (sessionStorage.getItem('seeded')) return;
        sessionStorage.setItem('seeded', 'yes');
        localStorage.setItem('statefulset-lab:progress:v1', value);
      }, garbage);

      // 1. The track says so, and still works.
      const track = await TrackPage.open(page, locale);
      await expect(track.root).toContainText(text.unreadable);

      // 2. New progress is saved; the unreadable value is kept beside it.
      const exercise = await ExercisePage.open(page, locale, CANARY);
      await exercise.editor.setText(exerciseById(CANARY)!.solution);
      await expect(exercise.doneState).toBeVisible();
      const stored = await page.evaluate(() => ({
        backup: localStorage.getItem('statefulset-lab:progress:v1:unreadable'),
        current: localStorage.getItem('statefulset-lab:progress:v1'),
      }));
      expect(stored.backup).toBe(garbage);
      expect(JSON.parse(stored.current!).exercises).toHaveProperty(CANARY);
    });
  });
}

// Enough of a hint to recognise it: its longest stretch outside `code`.
function firstWords(hint: string): string {
  const prose = hint.split('`').filter((_, index) => index % 2 === 0);
  return prose.sort((a, b) => b.length - a.length)[0]!.trim().slice(0, 10);
}
