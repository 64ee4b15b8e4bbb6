/**
 * Offline search (@easyops-cn/docusaurus-search-local): each locale has its own
 * index built into the static site, searched in the browser.
 */
import type {Page} from '@playwright/test';
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
  });
}
