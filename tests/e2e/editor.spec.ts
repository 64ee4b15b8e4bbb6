import type {Page} from '@playwright/test';
import {
  EditorDriver,
  LOCALES,
  expect,
  openPage,
  recordMonacoFiles,
  test,
} from './helpers/editor';

const EXAMPLE_PAGE = 'docs/example-walkthrough';
const EDITOR_ID = 'web-example';

// Checker rules these tests rely on (src/checker/rules).
const SELECTOR_MISMATCH = 'sts-selector-template-mismatch';
const NOT_HEADLESS = 'svc-not-headless';

for (const locale of LOCALES) {
  const examplePath = `${locale.base}${EXAMPLE_PAGE}`;

  test.describe(`${locale.name}: the manifest editor`, () => {
    test('the example manifest shows no problems', async ({page}) => {
      const editor = await EditorDriver.open(page, examplePath, EDITOR_ID);

      await editor.expectNoProblems(locale);
    });

    test('a template label the selector no longer matches is reported at that label, and fixing it clears the report', async ({
      page,
    }) => {
      const editor = await EditorDriver.open(page, examplePath, EDITOR_ID);
      const line = await templateLabelLine(editor);

      // 1. Break: the selector still says app: nginx.
      await editor.replaceLine(line, 'app: nginx2');
      const problem = editor.problems(SELECTOR_MISMATCH);
      await expect(problem).toHaveCount(1);
      await expect(problem).toHaveAttribute('data-severity', 'error');
      await expect(problem).toContainText(locale.text.error);
      const message = await problem.getByRole('button').first().innerText();
      expect(locale.isInLanguage(message), message).toBe(true);
      // Reported on the template's labels: the `labels:` key or the label.
      const reported = Number(await problem.getAttribute('data-line'));
      expect([line - 1, line]).toContain(reported);
      await expect(problem).toContainText(`${reported}:`);
      await expect(editor.root.locator('.squiggly-error')).not.toHaveCount(0);

      // 2. Fix it back.
      await editor.replaceLine(line, 'app: nginx');
      await editor.expectNoProblems(locale);
    });

    test('a Service without clusterIP: None is reported as not headless', async ({
      page,
    }) => {
      const editor = await EditorDriver.open(page, examplePath, EDITOR_ID);
      const [line] = await editor.findLines(/^\s*clusterIP:\s*None\s*$/);
      expect(line, 'the example has clusterIP: None').toBeDefined();

      await editor.deleteLine(line!);

      const problem = editor.problems(NOT_HEADLESS);
      await expect(problem).toHaveCount(1);
      await expect(problem).toHaveAttribute('data-severity', 'warning');
      await expect(problem).toContainText(locale.text.warning);
    });

    test('a pasted manifest that is not valid YAML is reported where it breaks', async ({
      page,
    }) => {
      const editor = await EditorDriver.open(page, examplePath, EDITOR_ID);

      await editor.setText('apiVersion: v1\nkind: [Service\n');

      const problem = editor.problems('yaml-syntax').first();
      await expect(problem).toHaveAttribute('data-severity', 'error');
      await expect(problem).toContainText(locale.text.error);
      await expect(problem).toHaveAttribute('data-line', /^[23]$/);
      await expect(editor.root.locator('.squiggly-error')).not.toHaveCount(0);
    });

    test('a quick fix from the list or from the light bulb repairs the text, and undo reverts it', async ({
      page,
    }) => {
      const editor = await EditorDriver.open(page, examplePath, EDITOR_ID);
      const original = await editor.getText();
      const line = await templateLabelLine(editor);
      await editor.replaceLine(line, 'app: nginx2');
      const broken = await editor.getText();
      const problem = editor.problems(SELECTOR_MISMATCH);

      // 1. The button in the problem list.
      await problem.getByRole('button').last().click();
      await expect.poll(() => editor.getText()).toBe(original);
      await editor.expectNoProblems(locale);
      await editor.undo();
      await expect.poll(() => editor.getText()).toBe(broken);

      // 2. Monaco's quick-fix menu (Ctrl+.) at the problem.
      await problem.getByRole('button').first().click();
      await editor.applyFirstQuickFix();
      await expect.poll(() => editor.getText()).toBe(original);
    });

    test('clicking a problem puts the cursor on it', async ({page}) => {
      const editor = await EditorDriver.open(page, examplePath, EDITOR_ID);
      await editor.replaceLine(await templateLabelLine(editor), 'app: nginx2');
      const problem = editor.problems(SELECTOR_MISMATCH);
      const reported = Number(await problem.getAttribute('data-line'));

      await problem.getByRole('button').first().click();

      await expect(editor.textbox).toBeFocused();
      await expect.poll(() => editor.cursorLine()).toBe(reported);
    });

    test('an edit survives a reload', async ({page}) => {
      const editor = await EditorDriver.open(page, examplePath, EDITOR_ID);
      const [line] = await editor.findLines(/^\s*replicas:\s*3\s*$/);

      await editor.replaceLine(line!, 'replicas: 5');
      await page.reload();
      await editor.waitUntilReady();

      expect((await editor.getText()).split('\n')[line! - 1]).toMatch(
        /^\s*replicas: 5$/,
      );
      await expect(editor.root).toContainText(locale.text.restored);
    });

    test('reset restores the original, and undo brings the edit back', async ({
      page,
    }) => {
      const editor = await EditorDriver.open(page, examplePath, EDITOR_ID);
      const original = await editor.getText();
      const [line] = await editor.findLines(/^\s*replicas:\s*3\s*$/);
      await editor.replaceLine(line!, 'replicas: 5');
      const edited = await editor.getText();

      await editor.toolbarButton(locale.text.reset).click();

      await expect.poll(() => editor.getText()).toBe(original);
      await expect(editor.root.getByRole('status')).toContainText(
        locale.text.resetDone,
      );

      await editor.undo();

      await expect.poll(() => editor.getText()).toBe(edited);
    });

    test('with storage full the editor still works and says edits will not be kept', async ({
      page,
    }) => {
      await page.addInitScript(() => {
        Storage.prototype.setItem = () => {
          throw new DOMException('Quota exceeded', 'QuotaExceededError');
        };
      });
      const editor = await EditorDriver.open(page, examplePath, EDITOR_ID);
      const [line] = await editor.findLines(/^\s*replicas:\s*3\s*$/);

      await editor.replaceLine(line!, 'replicas: 5');

      await expect(editor.root).toContainText(locale.text.storageUnavailable);
      await editor.expectNoProblems(locale);
    });

    test('copy puts the text on the clipboard and says so', async ({
      page,
      context,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const editor = await EditorDriver.open(page, examplePath, EDITOR_ID);

      await editor.toolbarButton(locale.text.copy).click();

      await expect(editor.root.getByRole('status')).toContainText(
        locale.text.copied,
      );
      const copied = await page.evaluate(() => navigator.clipboard.readText());
      expect(copied).toBe(await editor.getText());
    });

    test('the editor follows the light and dark switch', async ({page}) => {
      await page.emulateMedia({colorScheme: 'light'});
      const editor = await EditorDriver.open(page, examplePath, EDITOR_ID);
      const monaco = editor.root.locator('.monaco-editor');
      await expect(monaco).toHaveClass(/\bvs\b/);

      await switchColorMode(page, 'dark');
      await expect(monaco).toHaveClass(/\bvs-dark\b/);

      await switchColorMode(page, 'light');
      await expect(monaco).toHaveClass(/\bvs\b/);
    });

    test('Tab indents, and Esc then Tab leaves the editor', async ({page}) => {
      const editor = await EditorDriver.open(page, examplePath, EDITOR_ID);
      const before = await editor.getText();
      await editor.goToLine(1);
      await page.keyboard.press('Home');

      await page.keyboard.press('Tab');
      await expect.poll(() => editor.getText()).toBe(`  ${before}`);
      await expect(editor.textbox).toBeFocused();

      await page.keyboard.press('Escape');
      await page.keyboard.press('Tab');
      await expect(editor.textbox).not.toBeFocused();
      expect(await editor.getText()).toBe(`  ${before}`);
    });

    test('the editor is named after its file for screen readers', async ({
      page,
    }) => {
      const editor = await EditorDriver.open(page, examplePath, EDITOR_ID);

      await expect(editor.textbox).toHaveAccessibleName(/web\.yaml/);
      await expect(editor.problemList).toHaveAttribute('aria-live', 'polite');
    });

    test('the problem list stays one polite live region while an edit changes what it says', async ({
      page,
    }) => {
      const editor = await EditorDriver.open(page, examplePath, EDITOR_ID);
      await expect(editor.problemList).toContainText(locale.text.noProblems);
      const region = await editor.problemList.elementHandle();

      await editor.replaceLine(await templateLabelLine(editor), 'app: nginx2');

      await expect(editor.problems(SELECTOR_MISMATCH)).toHaveCount(1);
      await expect(editor.problemList).not.toContainText(locale.text.noProblems);
      await expect(editor.problemList).toHaveAttribute('aria-live', 'polite');
      // A screen reader announces changes inside a region it already knows;
      // a region put in anew, with the text already in it, is not announced.
      const isSameNode = await editor.problemList.evaluate(
        (current, before) => current === before,
        region,
      );
      expect(isSameNode, 'the live region is the node it was before the edit').toBe(true);
    });

    test('a manifest too large to check on every keystroke is checked in a worker, and its problems still follow the edits', async ({
      page,
    }) => {
      const editor = await EditorDriver.open(page, examplePath, EDITOR_ID);
      await expect.poll(() => editor.lastCheckRanIn()).toBe('main-thread');

      // 1. Past the main thread's limit (32 KB): the example plus a large
      // ConfigMap, which has no problems of its own.
      const bulk = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bulk\ndata:\n  notes: "${'x'.repeat(40_000)}"\n`;
      const example = (await editor.getText()).replace(/\n?$/, '\n');
      await editor.setText(`${example}---\n${bulk}`);
      await expect.poll(() => editor.lastCheckRanIn()).toBe('worker');
      await editor.expectNoProblems(locale);

      // 2. Break and fix the selector, as in the small example.
      const line = await templateLabelLine(editor);
      await editor.replaceLine(line, 'app: nginx2');
      await expect(editor.problems(SELECTOR_MISMATCH)).toHaveCount(1);
      await expect(editor.root.locator('.squiggly-error')).not.toHaveCount(0);
      await editor.replaceLine(line, 'app: nginx');
      await editor.expectNoProblems(locale);
      expect(await editor.lastCheckRanIn()).toBe('worker');
    });

    test('Monaco loads its script and stylesheet on the example page', async ({
      page,
    }) => {
      const monacoFiles = recordMonacoFiles(page);
      await EditorDriver.open(page, examplePath, EDITOR_ID);

      const files = await monacoFiles();
      expect(files.some((url) => url.endsWith('.css'))).toBe(true);
      expect(files.some((url) => url.endsWith('.js'))).toBe(true);
    });

    for (const path of ['', 'docs/why-pods-lose-state']) {
      test(`a page without an editor (/${path}) loads no Monaco file`, async ({
        page,
      }) => {
        const monacoFiles = recordMonacoFiles(page);
        await openPage(page, `${locale.base}${path}`);

        // The footer links to the example page: in view, Docusaurus
        // prefetches that page's chunks, which must not include Monaco.
        await page.locator('footer').scrollIntoViewIfNeeded();
        await page.waitForLoadState('networkidle');

        expect(await monacoFiles()).toEqual([]);
      });
    }

    test('without JavaScript the manifest reads as a code block', async ({
      browser,
    }) => {
      const context = await browser.newContext({javaScriptEnabled: false});
      const page = await context.newPage();
      await page.goto(examplePath);

      const editor = page.locator(`[data-manifest-editor="${EDITOR_ID}"]`);
      await expect(editor.locator('pre code')).toContainText('kind: StatefulSet');
      await expect(editor).toContainText('web.yaml');
      await context.close();
    });
  });
}

/**
 * Clicks the navbar's colour mode switch until the site shows `mode`: the
 * switch cycles through light, dark and the system's choice.
 */
async function switchColorMode(page: Page, mode: 'light' | 'dark') {
  const toggle = page.locator('.navbar').getByRole('button', {
    name: /dark|light|深色|淺色/i,
  });
  await expect(async () => {
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', mode, {
      timeout: 1000,
    });
  }).toPass();
}

/** The line of `app: nginx` under the StatefulSet's template labels. */
async function templateLabelLine(editor: EditorDriver): Promise<number> {
  const [template] = await editor.findLines(/^\s*template:\s*$/);
  const labels = await editor.findLines(/^\s*app:\s*nginx\s*$/);
  const line = labels.find((candidate) => candidate > template!);
  expect(line, 'the example has app: nginx under template').toBeDefined();
  return line!;
}
