/**
 * No page of the site makes a request to another origin: no CDN, no web font,
 * no analytics, nothing a reader on a closed network would wait for.
 *
 * Visits every page the sitemaps list, in both locales, in one page of one
 * browser context (each locale is one test), and records every request the
 * context makes, its workers' included.
 */
import {expect, test} from '@playwright/test';
import {sitemapPaths} from './helpers/sitemap';

const LOCALES = [
  {name: 'zh-TW', base: '/'},
  {name: 'en', base: '/en/'},
];

function isAllowed(rawUrl: string): boolean {
  const url = new URL(rawUrl);
  if (url.protocol === 'data:' || url.protocol === 'blob:') return true;
  return url.hostname === '127.0.0.1';
}

for (const locale of LOCALES) {
  test(`no page in ${locale.name} requests another origin`, async ({
    context,
    page,
    request,
  }) => {
    const paths = await sitemapPaths(request, locale.base);
    // The root sitemap lists the default locale only; expect a real list.
    expect(paths.length).toBeGreaterThan(20);
    // About a second a page on a busy machine, editors and diagrams included.
    test.setTimeout(60_000 + paths.length * 3_000);

    const foreign: string[] = [];
    let current = '';
    context.on('request', (request) => {
      if (!isAllowed(request.url())) {
        foreign.push(`${current}: ${request.url()}`);
      }
    });

    for (const path of paths) {
      current = path;
      await page.goto(path);
      // Hydration starts the lazy parts (Monaco, Mermaid, search), which are
      // where a foreign request would come from.
      await expect(page.locator('html')).toHaveAttribute(
        'data-has-hydrated',
        'true',
      );
    }

    expect(foreign, 'requests to other origins').toEqual([]);
  });
}
