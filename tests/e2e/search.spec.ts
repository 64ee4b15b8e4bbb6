/**
 * Offline search (@easyops-cn/docusaurus-search-local): each locale has its own
 * index built into the static site, searched in the browser.
 */
import AxeBuilder from '@axe-core/playwright';
import type {Page, Route} from '@playwright/test';
import {expect, openPage, recordMonacoFiles, test} from './helpers/editor';
import {recordMermaidFiles} from './helpers/loaded-files';

interface SearchLocale {
  name: 'zh-TW' | 'en';
  base: string;
  /** A word that several pages of this locale use. */
  word: string;
  /** The search box's placeholder and the dropdown's footer link. */
  placeholder: string;
  seeAll: string;
  /** The search page's title for `word`. */
  resultsTitle: string;
}

const LOCALES: SearchLocale[] = [
  {
    name: 'zh-TW',
    base: '/',
    word: '儲存',
    placeholder: '搜尋',
    seeAll: '查看所有結果',
    resultsTitle: '「儲存」的搜尋結果',
  },
  {
    name: 'en',
    base: '/en/',
    word: 'partition',
    placeholder: 'Search',
    seeAll: 'See all results',
    resultsTitle: 'Search results for "partition"',
  },
];


/** Records every request the page makes that leaves 127.0.0.1. */
function recordForeignRequests(page: Page): string[] {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    const isLocal = url.hostname === '127.0.0.1';
    const isInline = url.protocol === 'data:' || url.protocol === 'blob:';
    if (!isLocal && !isInline) foreign.push(request.url());
  });
  return foreign;
}

/**
 * Holds back the search box's set-up until the returned `release` is called,
 * and tells whether it has been asked for. On first focus the plugin waits for
 * both the index (fetched by a Web Worker, out of reach of page.route in
 * Chromium) and the autocomplete.js chunk (fetched by the page): holding the
 * scripts the page asks for from now on holds the set-up.
 */
async function holdSearchSetUp(
  page: Page,
): Promise<{requested: () => boolean; release: () => void}> {
  let requested = false;
  let release!: () => void;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const hold = async (route: Route) => {
    requested = true;
    await held;
    await route.continue();
  };
  await page.route('**/search-index*.json', hold);
  await page.route('**/assets/js/*.js', hold);
  return {requested: () => requested, release};
}

for (const locale of LOCALES) {
  test.describe(`search (${locale.name})`, () => {
    test(`typing "${locale.word}" lists pages of this locale and opens one`, async ({
      page,
    }) => {
      const foreign = recordForeignRequests(page);
      await openPage(page, `${locale.base}docs/why-pods-lose-state`);

      // 1. Type the word; the index loads on focus.
      const box = page.getByPlaceholder(locale.placeholder, {exact: true});
      await box.click();
      await box.pressSequentially(locale.word);

      // 2. Suggestions from this locale's index, in the locale's words.
      const options = page.getByRole('option');
      await expect(options.first()).toBeVisible();
      await expect(options.first()).toContainText(
        new RegExp(locale.word, 'i'),
      );
      await expect(page.getByRole('link', {name: locale.seeAll})).toBeVisible();

      // 3. Choosing one opens a page of the same locale.
      await options.first().click();
      await expect(page).toHaveURL(
        new RegExp(`^http://127\\.0\\.0\\.1:\\d+${locale.base}docs/`),
      );
      if (locale.name === 'zh-TW') {
        expect(new URL(page.url()).pathname).not.toMatch(/^\/en\//);
      }
      await expect(page.locator('article h1').first()).toBeVisible();

      expect(foreign, 'requests to other origins').toEqual([]);
    });

    test(`the search page lists results for "${locale.word}"`, async ({
      page,
    }) => {
      const foreign = recordForeignRequests(page);
      await openPage(
        page,
        `${locale.base}search?q=${encodeURIComponent(locale.word)}`,
      );

      await expect(
        page.getByRole('heading', {name: locale.resultsTitle}),
      ).toBeVisible();
      const firstResult = page.locator('article h2 a').first();
      await expect(firstResult).toBeVisible();
      await expect(firstResult).toHaveAttribute(
        'href',
        new RegExp(`^${locale.base}docs/`),
      );

      expect(foreign, 'requests to other origins').toEqual([]);
    });

    test('searching on a text page loads no Monaco or Mermaid file', async ({
      page,
    }) => {
      const monacoFiles = recordMonacoFiles(page);
      const mermaidFiles = recordMermaidFiles(page);
      await openPage(page, `${locale.base}docs/limitations`);

      const box = page.getByPlaceholder(locale.placeholder, {exact: true});
      await box.click();
      await box.pressSequentially(locale.word);
      await expect(page.getByRole('option').first()).toBeVisible();

      expect(await monacoFiles()).toEqual([]);
      expect(await mermaidFiles()).toEqual([]);
    });
    test('tabbing past the search box leaves focus where the reader put it once the index loads', async ({
      page,
    }) => {
      await openPage(page, `${locale.base}docs/why-pods-lose-state`);
      const setUp = await holdSearchSetUp(page);
      const box = page.getByPlaceholder(locale.placeholder, {exact: true});

      // 1. Focus the box (the index starts loading), then Tab past it.
      await box.focus();
      await expect.poll(setUp.requested, {message: 'set-up requested'}).toBe(
        true,
      );
      await page.keyboard.press('Tab');
      await expect(box).not.toBeFocused();
      await page.evaluate(() =>
        document.activeElement?.setAttribute('data-reader-focus', ''),
      );

      // 2. The set-up finishes: the plugin makes the box a combobox.
      setUp.release();
      await expect(box).toHaveAttribute('role', 'combobox');

      // 3. Focus is still where the reader put it.
      await expect(page.locator('[data-reader-focus]')).toBeFocused();
      await expect(box).not.toBeFocused();
    });

    for (const mode of ['light', 'dark'] as const) {
      test(`the open dropdown has no serious combobox or contrast violation (${mode})`, async ({
        page,
      }) => {
        await page.emulateMedia({colorScheme: mode});
        await openPage(page, `${locale.base}docs/why-pods-lose-state`);
        await expect(page.locator('html')).toHaveAttribute('data-theme', mode);

        const box = page.getByPlaceholder(locale.placeholder, {exact: true});
        await box.click();
        await box.pressSequentially(locale.word);
        // autoselect: the first suggestion is the selected one.
        await expect(page.getByRole('option').first()).toHaveAttribute(
          'aria-selected',
          'true',
        );
        await expect(box).toHaveAttribute(
          'aria-controls',
          (await box.getAttribute('aria-owns')) ?? 'aria-owns missing',
        );

        const results = await new AxeBuilder({page})
          .setLegacyMode(true)
          .include('.navbar__search')
          .withRules(['aria-required-attr', 'color-contrast'])
          .analyze();
        const serious = results.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .flatMap((v) =>
            v.nodes.map(
              (node) => `${v.id} at ${node.target.join(' ')}: ${node.failureSummary}`,
            ),
          );
        expect(serious).toEqual([]);
      });
    }

    test('the search page\'s query box is named in the page\'s language', async ({
      page,
    }) => {
      await openPage(
        page,
        `${locale.base}search?q=${encodeURIComponent(locale.word)}`,
      );
      await expect(
        page.getByRole('searchbox', {name: locale.placeholder, exact: true}),
      ).toBeVisible();
    });
  });
}
