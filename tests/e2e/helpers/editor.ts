/**
 * Every interaction of the end-to-end tests with a <ManifestEditor>: open a
 * page, wait for Monaco, read and change the text, read the problem list.
 * Specs never touch Monaco's DOM themselves, so a change in Monaco's markup is
 * fixed here once.
 */
import {expect, test as base, type Locator, type Page} from '@playwright/test';
// For its declaration of `window.__statefulSetLabE2E`.
import type {} from '../../../src/components/ManifestEditor/LiveEditor/testHandle';

export interface SiteLocale {
  name: 'zh-TW' | 'en';
  /** URL prefix of the locale in the production build. */
  base: string;
  /** What the reader sees, in this locale, for the assertions. */
  text: {
    noProblems: string;
    error: string;
    warning: string;
    reset: string;
    resetDone: string;
    restored: string;
    storageUnavailable: string;
    copy: string;
    copied: string;
    /** Opens the live preview's message when it can show nothing. */
    previewCannotShow: string;
  };
  /** True when `message` is written in this locale's language. */
  isInLanguage: (message: string) => boolean;
}

const HAN = /\p{Script=Han}/u;

export const LOCALES: SiteLocale[] = [
  {
    name: 'zh-TW',
    base: '/',
    text: {
      noProblems: '沒有發現問題。',
      error: '錯誤',
      warning: '警告',
      reset: '重設',
      resetDone: '已重設為原始內容',
      restored: '這是你先前在這個瀏覽器中的修改',
      storageUnavailable: '你的修改不會保留',
      copy: '複製',
      copied: '已複製',
      previewCannotShow: '無法預覽：',
    },
    isInLanguage: (message) => HAN.test(message),
  },
  {
    name: 'en',
    base: '/en/',
    text: {
      noProblems: 'No problems found.',
      error: 'Error',
      warning: 'Warning',
      reset: 'Reset',
      resetDone: 'Reset to the original',
      restored: 'These are your earlier edits',
      storageUnavailable: 'your edits will be lost',
      copy: 'Copy',
      copied: 'Copied',
      previewCannotShow: 'Cannot show a preview:',
    },
    // Field names and values stay in English in both languages, so English
    // is recognised by the absence of Chinese, not by its words.
    isInLanguage: (message) => /[a-z]{3}/i.test(message) && !HAN.test(message),
  },
];

// Console errors that are not the site's fault. Empty on purpose: add an
// entry only with a comment saying where the message comes from.
const ALLOWED_CONSOLE_ERRORS: RegExp[] = [];

/**
 * Playwright's `test`, failing any test whose page logged a console error or
 * threw an uncaught exception.
 */
export const test = base.extend<{consoleErrors: string[]}>({
  consoleErrors: [
    async ({page}, use) => {
      const errors: string[] = [];
      page.on('console', (message) => {
        const text = message.text();
        const isAllowed = ALLOWED_CONSOLE_ERRORS.some((re) => re.test(text));
        if (message.type() === 'error' && !isAllowed) {
          errors.push(`console: ${text}`);
        }
      });
      page.on('pageerror', (error) =>
        errors.push(`pageerror: ${error.message}`),
      );
      await use(errors);
      expect(errors, 'console errors on the page').toEqual([]);
    },
    {auto: true},
  ],
});

export {expect};

/** Opens `path` and waits until React has hydrated it. */
export async function openPage(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute(
    'data-has-hydrated',
    'true',
  );
}

/** One <ManifestEditor> on a page, by its `id` prop. */
export class EditorDriver {
  readonly root: Locator;
  readonly problemList: Locator;

  constructor(
    readonly page: Page,
    readonly id: string,
  ) {
    this.root = page.locator(`[data-manifest-editor="${id}"]`);
    this.problemList = this.root.getByTestId('problem-list');
  }

  /**
   * Opens `path` with the editors' test handle switched on (the component
   * registers itself only when this object exists before it mounts), then
   * waits for Monaco.
   */
  static async open(page: Page, path: string, id: string) {
    await page.addInitScript(() => {
      window.__statefulSetLabE2E = {editors: {}};
    });
    await openPage(page, path);
    const editor = new EditorDriver(page, id);
    await editor.waitUntilReady();
    return editor;
  }

  async waitUntilReady(): Promise<void> {
    await expect(this.root.locator('[data-state="ready"]')).toBeVisible();
    await expect(this.textbox).toBeAttached();
    await expect.poll(() => this.hasHandle()).toBe(true);
  }

  private async hasHandle(): Promise<boolean> {
    return this.page.evaluate(
      (id) => Boolean(window.__statefulSetLabE2E?.editors[id]),
      this.id,
    );
  }

  /** The element that holds keyboard focus while the reader types. */
  get textbox(): Locator {
    return this.root.locator('.monaco-editor').getByRole('textbox');
  }

  async getText(): Promise<string> {
    return this.page.evaluate(
      (id) => window.__statefulSetLabE2E!.editors[id]!.getValue(),
      this.id,
    );
  }

  /** Where the editor ran its latest check: large texts go to a worker. */
  async lastCheckRanIn(): Promise<string | undefined> {
    return this.page.evaluate(
      (id) => window.__statefulSetLabE2E!.editors[id]!.lastCheckRanIn,
      this.id,
    );
  }

  async focus(): Promise<void> {
    await this.textbox.focus();
    await expect(this.textbox).toBeFocused();
  }

  /**
   * Replaces the whole text by pasting it over a select-all. Typed text
   * (`keyboard.insertText`) would be auto-indented by Monaco line by line;
   * a paste is inserted as it is, which is what a reader gets too.
   */
  async setText(text: string): Promise<void> {
    await this.focus();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.textbox.evaluate((element, pasted) => {
      const clipboardData = new DataTransfer();
      clipboardData.setData('text/plain', pasted);
      element.dispatchEvent(
        new ClipboardEvent('paste', {
          clipboardData,
          bubbles: true,
          cancelable: true,
        }),
      );
    }, text);
    await expect.poll(() => this.getText()).toBe(text);
  }

  /** Puts the cursor at the start of 1-based `line`. */
  async goToLine(line: number): Promise<void> {
    await this.focus();
    await this.page.keyboard.press('ControlOrMeta+Home');
    for (let i = 1; i < line; i++) {
      await this.page.keyboard.press('ArrowDown');
    }
    await this.page.keyboard.press('End');
  }

  /** Types `content` over `line`, keeping the line's indentation. */
  async replaceLine(line: number, content: string): Promise<void> {
    const before = await this.getText();
    await this.goToLine(line);
    // From the end, Shift+Home selects back to the first non-blank character.
    await this.page.keyboard.press('Shift+Home');
    await this.page.keyboard.insertText(content);
    const indent = /^\s*/.exec(before.split('\n')[line - 1] ?? '')![0];
    await expect
      .poll(async () => (await this.getText()).split('\n')[line - 1])
      .toBe(indent + content);
  }

  /** Deletes `line`, its line break included. */
  async deleteLine(line: number): Promise<void> {
    const expected = (await this.getText()).split('\n');
    expected.splice(line - 1, 1);
    await this.goToLine(line);
    await this.page.keyboard.press('Home');
    await this.page.keyboard.press('Home');
    await this.page.keyboard.press('Shift+ArrowDown');
    await this.page.keyboard.press('Delete');
    await expect.poll(() => this.getText()).toBe(expected.join('\n'));
  }

  /** The line the cursor is on, as the highlighted line number shows it. */
  async cursorLine(): Promise<number> {
    const number = this.root.locator('.line-numbers.active-line-number');
    return Number(await number.innerText());
  }

  /** Opens Monaco's quick-fix menu at the cursor; returns its options. */
  async openQuickFixMenu(): Promise<Locator> {
    await this.focus();
    await this.page.keyboard.press('ControlOrMeta+.');
    const options = this.page.locator('.action-widget').getByRole('option');
    await expect(options.first()).toBeVisible();
    return options;
  }

  /** Opens Monaco's quick-fix menu at the cursor and picks the first fix. */
  async applyFirstQuickFix(): Promise<void> {
    await this.openQuickFixMenu();
    await this.page.keyboard.press('Enter');
  }

  /**
   * Shows Monaco's hover at the cursor, as Ctrl+K Ctrl+I does for keyboard
   * users: the messages of the squiggles there. Returns the hover.
   */
  async showHover(): Promise<Locator> {
    await this.focus();
    await this.page.keyboard.press('ControlOrMeta+K');
    await this.page.keyboard.press('ControlOrMeta+I');
    const hover = this.page.locator('.monaco-hover').filter({visible: true});
    await expect(hover).toHaveCount(1);
    return hover;
  }

  async undo(): Promise<void> {
    await this.focus();
    await this.page.keyboard.press('ControlOrMeta+Z');
  }

  /** The list item of each reported problem, optionally of one rule. */
  problems(ruleId?: string): Locator {
    const items = this.problemList.locator('li[data-rule-id]');
    return ruleId ? items.and(this.root.locator(`[data-rule-id="${ruleId}"]`)) : items;
  }

  async expectNoProblems(locale: SiteLocale): Promise<void> {
    await expect(this.problemList).toContainText(locale.text.noProblems);
    await expect(this.problems()).toHaveCount(0);
    await expect(this.root.locator('.squiggly-error')).toHaveCount(0);
  }

  /** 1-based line numbers where `pattern` matches, in the current text. */
  async findLines(pattern: RegExp): Promise<number[]> {
    return (await this.getText())
      .split('\n')
      .flatMap((text, index) => (pattern.test(text) ? [index + 1] : []));
  }

  toolbarButton(name: string): Locator {
    return this.root.getByRole('button', {name, exact: true});
  }

  /** The live preview under the editor: what the cluster would hold. */
  get preview(): Locator {
    return this.root.getByTestId('cluster-preview');
  }

  /** The preview's row of every Pod, or of the one named `name`. */
  previewPods(name?: string): Locator {
    const rows = this.preview.locator('tr[data-pod]');
    return name ? this.preview.locator(`tr[data-pod="${name}"]`) : rows;
  }

  /** The preview's row of every claim, or of the one named `name`. */
  previewClaims(name?: string): Locator {
    const rows = this.preview.locator('tr[data-claim]');
    return name ? this.preview.locator(`tr[data-claim="${name}"]`) : rows;
  }

  /** The preview's message when it can show nothing at all. */
  get previewBlocked(): Locator {
    return this.preview.getByTestId('preview-blocked');
  }

  /** The 1-based line matching `pattern`; fails unless exactly one does. */
  async lineOf(pattern: RegExp): Promise<number> {
    const lines = await this.findLines(pattern);
    expect(lines, `one line matches ${pattern}`).toHaveLength(1);
    return lines[0]!;
  }
}

// Text found in every script and stylesheet of Monaco (its CSS classes, its
// global environment, its VS Code heritage) and in none of the site's own.
const MONACO_MARKER = /monaco-editor|MonacoEnvironment|_VSCODE_|vscode/;

/**
 * Starts recording every script and stylesheet the page fetches that is part
 * of Monaco, by file name or by content (most of Monaco's chunks have numeric
 * names). Prefetches count too: they cost the reader the same download.
 */
export function recordMonacoFiles(page: Page): () => Promise<string[]> {
  const checks: Promise<string | undefined>[] = [];
  page.on('response', (response) => {
    const url = response.url();
    if (!/\.(m?js|css)(\?|$)/.test(url)) return;
    checks.push(
      (async () => {
        if (/monaco/i.test(url)) return url;
        const body = await response.text().catch(() => '');
        return MONACO_MARKER.test(body) ? url : undefined;
      })(),
    );
  });
  return async () =>
    (await Promise.all(checks)).filter((url): url is string => !!url);
}
