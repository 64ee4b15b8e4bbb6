/**
 * What the exercise tests see of an <Exercise> page and of the track page.
 * Editor interactions go through EditorDriver (./editor.ts).
 */
import type {Locator, Page} from '@playwright/test';
import {EditorDriver, expect, openPage, type SiteLocale} from './editor';

/** The reader's words in each locale, for the assertions. */
export const EXERCISE_TEXT = {
  'zh-TW': {
    goalCount: (met: number, total: number) => `已達成 ${met} / ${total} 個目標`,
    done: '完成了！每個目標都達成了。',
    nextHint: '顯示下一個提示',
    allHintsShown: '提示已經全部顯示了。',
    showSolution: '顯示解答',
    hideSolution: '隱藏解答',
    exportButton: '匯出進度（JSON）',
    importButton: '匯入進度檔案…',
    imported: '已匯入：新增了',
    notJson: '這個檔案不是有效的 JSON',
    invalidEntry: '這個進度檔案有一筆內容無效',
    unchanged: '已儲存的進度沒有任何改變。',
    percent: (done: number) => new RegExp(`：${done} / \\d+ 個步驟`),
    notRemembered: '完成的練習不會被記住',
    unreadable: '這個瀏覽器裡儲存的進度無法讀取',
    notKept: '進度只保留到你離開或重新載入頁面為止',
    backToTrack: '回到學習路徑',
  },
  en: {
    goalCount: (met: number, total: number) => `${met} of ${total} goals met`,
    done: 'Done! Every goal holds.',
    nextHint: 'Show next hint',
    allHintsShown: 'All the hints are shown.',
    showSolution: 'Show solution',
    hideSolution: 'Hide solution',
    exportButton: 'Export progress (JSON)',
    importButton: 'Import a progress file…',
    imported: 'Imported: ',
    notJson: 'This file is not valid JSON',
    invalidEntry: 'This progress file has an invalid entry',
    unchanged: 'The saved progress has not changed.',
    percent: (done: number) => new RegExp(`: ${done} of \\d+ steps`),
    notRemembered: 'completed exercises will not be remembered',
    unreadable: 'The progress stored in this browser could not be read',
    notKept: 'progress lasts only until you leave or reload the page',
    backToTrack: 'Back to the onboarding track',
  },
} as const;

export function exercisePath(locale: SiteLocale, id: string): string {
  return `${locale.base}docs/exercises/${id}`;
}

export function trackPath(locale: SiteLocale): string {
  return `${locale.base}docs/track`;
}

export class ExercisePage {
  readonly root: Locator;
  readonly goals: Locator;
  readonly goalCount: Locator;
  readonly doneState: Locator;

  private constructor(
    readonly page: Page,
    readonly id: string,
    readonly editor: EditorDriver,
  ) {
    this.root = page.locator(`[data-exercise="${id}"]`);
    this.goals = this.root.getByTestId('exercise-goals');
    this.goalCount = this.root.getByTestId('exercise-goal-count');
    this.doneState = this.root.getByTestId('exercise-done');
  }

  /** Opens the exercise's page and waits for its editor. */
  static async open(page: Page, locale: SiteLocale, id: string): Promise<ExercisePage> {
    const editor = await EditorDriver.open(page, exercisePath(locale, id), `exercise-${id}`);
    return new ExercisePage(page, id, editor);
  }

  /** The sidebar link to this exercise. */
  sidebarLink(): Locator {
    return this.page
      .locator('.theme-doc-sidebar-menu a')
      .and(this.page.locator(`[href$="/docs/exercises/${this.id}"]`));
  }

  async reload(): Promise<void> {
    await openPage(this.page, this.page.url());
    await this.editor.waitUntilReady();
  }
}

export class TrackPage {
  readonly root: Locator;

  /** The track on `page`, however the page got there. */
  constructor(readonly page: Page) {
    this.root = page.getByTestId('track');
  }

  static async open(page: Page, locale: SiteLocale): Promise<TrackPage> {
    await openPage(page, trackPath(locale));
    return new TrackPage(page);
  }

  step(kind: 'exercise' | 'page', id: string): Locator {
    return this.root.locator(`[data-step="${kind}:${id}"]`);
  }

  get percent(): Locator {
    return this.root.getByTestId('track-percent');
  }

  get importResult(): Locator {
    return this.root.getByTestId('progress-import-result');
  }

  async importFile(file: string | {name: string; mimeType: string; buffer: Buffer}): Promise<void> {
    await this.root.getByTestId('progress-import-input').setInputFiles(file);
  }

  async expectExerciseDone(id: string, isDone = true): Promise<void> {
    await expect(this.step('exercise', id)).toHaveAttribute('data-done', String(isDone));
  }
}
