/**
 * Accessibility: axe-core over every page the sitemaps list, in both locales,
 * in light and in dark mode, with the editors and diagrams drawn. A test fails
 * on serious or critical violations only (moderate and minor ones are advice)
 * and on a page whose `<html lang>` is not its locale's.
 *
 * Each locale's pages are dealt out to CHUNKS tests (every CHUNKS-th page, so
 * the heavy pages with editors spread evenly), which the two workers share.
 */
import AxeBuilder from '@axe-core/playwright';
import type {Page} from '@playwright/test';
import type {AxeResults} from 'axe-core';
import {expect, openPage, test} from './helpers/editor';
import {sitemapPaths} from './helpers/sitemap';

const LOCALES = [
  {name: 'zh-TW', base: '/', htmlLang: 'zh-Hant-TW', searchLabel: '搜尋'},
  {name: 'en', base: '/en/', htmlLang: 'en', searchLabel: 'Search'},
];

/**
 * Tests per locale. A page takes 2-8 s (two axe runs, Monaco loads) on a busy
 * two-core machine, so each test's four or five pages of a locale's ~105 stay
 * well within the 60 s timeout.
 */
const CHUNKS = 26;

const FAILING_IMPACTS = new Set(['serious', 'critical']);

// The theme changes colours only: names, roles, structure and order stay the
// same. So the full rule set runs once, in light mode; then the page turns
// dark in place (no second load) and only the rules that compare colours run
// again. That is about half the cost of two full runs.
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

type Mode = 'light' | 'dark';

/**
 * One entry per failing rule: page, mode, rule, impact, help and its link,
 * then each target's selector with the first reason axe gives.
 */
function describeViolations(path: string, mode: Mode, results: AxeResults) {
  return results.violations
    .filter((v) => FAILING_IMPACTS.has(v.impact ?? ''))
    .map((v) => {
      const targets = v.nodes.map((node) => {
        const summary = node.failureSummary?.split('\n')[1]?.trim() ?? '';
        return `    ${node.target.join(' ')}: ${summary}`;
      });
      const heading = `${path} [${mode}] ${v.id} (${v.impact}): ${v.help}`;
      return [`${heading} (${v.helpUrl})`, ...targets].join('\n');
    });
}

/**
 * Waits until every live part of the page is drawn, so axe sees it: each
 * editor's Monaco instance in `mode`'s theme and each Mermaid diagram.
 */
async function waitForWidgets(page: Page, mode: Mode): Promise<void> {
  const editors = page.locator('[data-manifest-editor]');
  const monacoTheme = mode === 'dark' ? '.vs-dark' : '.vs';
  const editorCount = await editors.count();
  await expect(
    editors.locator(`[data-state="ready"] .monaco-editor${monacoTheme}`),
  ).toHaveCount(editorCount);

  const diagrams = page.locator('[data-mermaid-diagram]');
  await expect(diagrams.locator('svg[id^="mermaid"]')).toHaveCount(
    await diagrams.count(),
  );
}

/**
 * What a change of theme redraws, one entry per drawing: Mermaid's styles in
 * each diagram and the colours Prism writes on each code block. Monaco only
 * changes a class, which `waitForWidgets` waits for.
 */
async function themedDrawings(page: Page): Promise<(string | null)[]> {
  const diagramStyles = '[data-mermaid-diagram] svg[id^="mermaid"] > style';
  return page
    .locator(`${diagramStyles}, pre.prism-code`)
    .evaluateAll((elements) =>
      elements.map((element) =>
        element.tagName === 'PRE'
          ? element.getAttribute('style')
          : element.textContent,
      ),
    );
}

/**
 * Turns the reader's system theme dark, which the site follows while the
 * reader has made no choice of their own, and waits until Monaco, the code
 * blocks and the diagrams have been drawn again in it. (The result matches a
 * page loaded in dark mode, pixel for pixel, apart from the caret.)
 */
async function switchToDark(page: Page): Promise<void> {
  const light = await themedDrawings(page);
  await page.emulateMedia({colorScheme: 'dark'});
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await waitForWidgets(page, 'dark');
  await expect
    .poll(async () => {
      const dark = await themedDrawings(page);
      return dark.filter((drawing, i) => drawing === light[i]).length;
    }, {message: 'code blocks or diagrams still drawn in light colours'})
    .toBe(0);
}

/**
 * Axe on the page itself: its default mode checks each frame apart and merges
 * the results in a blank page it opens for every run, which the site, having
 * no frames, does not need (checkPage fails if a frame appears). Only
 * violations are reported in full, which saves a third of each run.
 */
function axe(page: Page): AxeBuilder {
  return new AxeBuilder({page})
    .setLegacyMode(true)
    .options({resultTypes: ['violations']});
}

async function checkPage(page: Page, path: string): Promise<string[]> {
  await page.emulateMedia({colorScheme: 'light'});
  await openPage(page, path);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await waitForWidgets(page, 'light');
  // axe() skips frames: fail if one appears rather than leave it unchecked.
  await expect(page.locator('iframe'), 'frames axe would skip').toHaveCount(0);
  const light = await axe(page).analyze();

  await switchToDark(page);
  const dark = await axe(page).withRules(COLOUR_RULES).analyze();

  return [
    ...describeViolations(path, 'light', light),
    ...describeViolations(path, 'dark', dark),
  ];
}

for (const locale of LOCALES) {
  for (let chunk = 0; chunk < CHUNKS; chunk++) {
    test(`pages ${chunk + 1}/${CHUNKS} in ${locale.name} have their language and no serious axe violation, light or dark`, async ({
      page,
      request,
    }) => {
      const allPaths = await sitemapPaths(request, locale.base);
      // The root sitemap lists the default locale only; expect a real list.
      expect(allPaths.length).toBeGreaterThan(20);
      const paths = allPaths.filter((_, i) => i % CHUNKS === chunk);

      const wrongLang: string[] = [];
      const violations: string[] = [];
      for (const path of paths) {
        violations.push(...(await checkPage(page, path)));
        const htmlLang = await page.locator('html').getAttribute('lang');
        if (htmlLang !== locale.htmlLang) {
          wrongLang.push(`${path}: lang="${htmlLang}"`);
        }
      }

      expect(wrongLang, `pages whose <html lang> is not ${locale.htmlLang}`)
        .toEqual([]);
      expect(violations.join('\n'), 'serious or critical violations').toBe(
        '',
      );
    });
  }
}

for (const locale of LOCALES) {
  test(`the search box is named "${locale.searchLabel}" in ${locale.name}, before and after it loads its index`, async ({
    page,
  }) => {
    await openPage(page, `${locale.base}docs/limitations`);

    // A plain text box until focused; then the plugin makes it a combobox.
    const box = page.getByRole('textbox', {
      name: locale.searchLabel,
      exact: true,
    });
    await expect(box).toBeVisible();
    await box.click();
    await box.pressSequentially('Pod');
    await expect(page.getByRole('option').first()).toBeVisible();
    await expect(
      page.getByRole('combobox', {name: locale.searchLabel, exact: true}),
    ).toBeFocused();
  });
}
