import {expect, test, type Page} from '@playwright/test';
import {recordMermaidFiles} from './helpers/loaded-files';

type Locale = {
  name: string;
  /** URL prefix of the locale in the production build. */
  base: string;
  htmlLang: string;
  /** Label of the locale in the navbar's language menu. */
  label: string;
  /** A word the scaling chapter's sequence diagram shows in this language. */
  diagramWord: string;
};

const ZH_TW: Locale = {
  name: 'zh-TW',
  base: '/',
  htmlLang: 'zh-Hant-TW',
  label: '繁體中文',
  diagramWord: '建立',
};
const EN: Locale = {
  name: 'en',
  base: '/en/',
  htmlLang: 'en',
  label: 'English',
  diagramWord: 'create',
};
const LOCALES = [ZH_TW, EN];

/** Slugs in reading order; both locale trees use the same file names. */
const CHAPTERS = [
  'why-pods-lose-state',
  'when-to-use-statefulset',
  'limitations',
  'example-walkthrough',
  'pod-identity',
  'scaling',
  'update-strategies',
  'pvc-retention',
  'frozen-fields',
];

// Console errors that are not the site's fault. Empty on purpose: add an
// entry only with a comment saying where the message comes from.
const ALLOWED_CONSOLE_ERRORS: RegExp[] = [];


function chapterPath(locale: Locale, slug: string): string {
  return `${locale.base}docs/${slug}`;
}

/**
 * Starts collecting console errors and uncaught exceptions, opens `path` and
 * waits until React has hydrated the page. Returns the live list of errors.
 */
async function openPage(page: Page, path: string): Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (message) => {
    const text = message.text();
    const isAllowed = ALLOWED_CONSOLE_ERRORS.some((re) => re.test(text));
    if (message.type() === 'error' && !isAllowed) {
      errors.push(`console: ${text}`);
    }
  });
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));

  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute(
    'data-has-hydrated',
    'true',
  );
  return errors;
}

async function expectCleanPage(
  page: Page,
  locale: Locale,
  errors: string[],
): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', locale.htmlLang);
  await expect(page.locator('h1').first()).toBeVisible();
  expect(errors).toEqual([]);
}

for (const locale of LOCALES) {
  test.describe(`${locale.name} (${locale.base})`, () => {
    test('the landing page loads cleanly with its language and a heading', async ({
      page,
    }) => {
      const errors = await openPage(page, locale.base);

      await expectCleanPage(page, locale, errors);
    });

    test('the landing page start button opens the first chapter', async ({
      page,
    }) => {
      await openPage(page, locale.base);

      await page.locator('header a.button--primary').click();

      await expect(page).toHaveURL(chapterPath(locale, CHAPTERS[0]));
      await expect(page.locator('article h1')).toBeVisible();
    });

    for (const [index, slug] of CHAPTERS.entries()) {
      test(`chapter "${slug}" loads cleanly with its language and a heading`, async ({
        page,
      }) => {
        const errors = await openPage(page, chapterPath(locale, slug));

        await expectCleanPage(page, locale, errors);
        // Admonitions that MDX failed to parse show up as literal fences.
        await expect(page.locator('article')).not.toContainText(':::');
      });

      // The last chapter points back to the first until more chapters exist.
      const next = CHAPTERS[index + 1] ?? CHAPTERS[0];
      test(`chapter "${slug}" ends with a link to "${next}"`, async ({
        page,
      }) => {
        await openPage(page, chapterPath(locale, slug));

        const lastParagraph = page.locator('article .markdown > p').last();
        await expect(lastParagraph.getByRole('link').last()).toHaveAttribute(
          'href',
          chapterPath(locale, next),
        );
      });
    }

    test('a chapter with a diagram draws it in its language', async ({
      page,
    }) => {
      const mermaidFiles = recordMermaidFiles(page);
      const errors = await openPage(page, chapterPath(locale, 'scaling'));

      const diagram = page.locator('.docusaurus-mermaid-container svg').first();
      await expect(diagram).toBeVisible();
      await expect(diagram).toContainText(locale.diagramWord);
      expect(await mermaidFiles()).not.toEqual([]);
      expect(errors).toEqual([]);
    });

    for (const path of ['', 'docs/why-pods-lose-state']) {
      test(`a page without a diagram (/${path}) loads no Mermaid file`, async ({
        page,
      }) => {
        const mermaidFiles = recordMermaidFiles(page);
        await openPage(page, `${locale.base}${path}`);

        // The footer links to chapters with diagrams: in view, Docusaurus
        // prefetches their chunks, which must not include Mermaid.
        await page.locator('footer').scrollIntoViewIfNeeded();
        await page.waitForLoadState('networkidle');

        expect(await mermaidFiles()).toEqual([]);
      });
    }
  });
}

for (const [from, to] of [
  [ZH_TW, EN],
  [EN, ZH_TW],
]) {
  test(`switching from ${from.name} to ${to.name} keeps the reader on the same chapter`, async ({
    page,
  }) => {
    const slug = 'limitations';
    const errors = await openPage(page, chapterPath(from, slug));

    // 1. Open the language menu in the navbar (it opens on hover).
    await page
      .locator('.navbar__items--right')
      .getByRole('button', {name: from.label})
      .hover();

    // 2. Pick the other language.
    await page.getByRole('link', {name: to.label, exact: true}).click();

    // 3. Same chapter, other language.
    await expect(page).toHaveURL(chapterPath(to, slug));
    await expectCleanPage(page, to, errors);
  });
}
