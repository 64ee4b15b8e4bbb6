/**
 * The site under deploy/nginx.conf's Content-Security-Policy: no page breaks a
 * rule of it, and Monaco's worker and the checker's start. Needs the build served by nginx
 * under a sub-path, so it runs only from scripts/test-nginx.sh, which sets
 * E2E_NGINX_BASE to that sub-path.
 */
import type {Page} from '@playwright/test';
import {EditorDriver, expect, openPage, test} from './helpers/editor';

const prefix = process.env.E2E_NGINX_BASE;

const LOCALES = [
  {name: 'zh-TW', base: ''},
  {name: 'en', base: 'en/'},
];

/** Pages that use each part the policy could block, by kind. */
const PAGES = [
  {kind: 'the landing page', path: ''},
  {kind: 'a page with an editor', path: 'docs/example-walkthrough'},
  {kind: 'a page with a diagram', path: 'docs/scaling'},
  {kind: 'the playground', path: 'playground'},
  {kind: 'the search page', path: 'search?q=StatefulSet'},
];

/**
 * Records the policy's violations: the page's `securitypolicyviolation`
 * events and the browser's console reports (which also cover workers).
 */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  const fromConsole: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) {
      fromConsole.push(message.text());
    }
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as {__cspViolations: string[]}).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective}: ${event.blockedURI}`);
    });
  });
  return async () => [
    ...fromConsole,
    ...(await page.evaluate(
      () =>
        (window as unknown as {__cspViolations: string[]}).__cspViolations,
    )),
  ];
}

test.describe('under the Content-Security-Policy of deploy/nginx.conf', () => {
  test.skip(!prefix, 'needs nginx serving the build: scripts/test-nginx.sh');

  for (const locale of LOCALES) {
    for (const {kind, path} of PAGES) {
      test(`${kind} (${locale.name}) breaks no rule of the policy`, async ({
        page,
      }) => {
        const url = `${prefix}${locale.base}${path}`;
        const violations = await recordViolations(page);

        const response = await page.goto(url);
        expect(response?.status(), url).toBe(200);
        expect(response?.headers()['content-security-policy']).toContain(
          "default-src 'self'",
        );
        await expect(page.locator('html')).toHaveAttribute(
          'data-has-hydrated',
          'true',
        );

        // Wait for what the page draws after hydration.
        if (path.includes('example-walkthrough')) {
          await expect(page.locator('.monaco-editor').first()).toBeVisible();
        }
        if (path.includes('scaling')) {
          await expect(
            page.locator('.docusaurus-mermaid-container svg').first(),
          ).toBeVisible();
        }

        expect(await violations()).toEqual([]);
      });
    }

    test(`Monaco's worker starts under the policy (${locale.name})`, async ({
      page,
    }) => {
      const violations = await recordViolations(page);
      await openPage(page, `${prefix}${locale.base}docs/example-walkthrough`);
      await expect(page.locator('.monaco-editor').first()).toBeVisible();

      // The editor starts its worker only when a feature needs one, so start
      // it the way Monaco does, through the site's MonacoEnvironment.
      const [worker] = await Promise.all([
        page.waitForEvent('worker'),
        page.evaluate(() => {
          const site = globalThis as unknown as {
            MonacoEnvironment: {
              getWorker: (id: string, label: string) => Worker;
            };
            e2eWorker?: Worker;
          };
          // Kept in a global so that it is not collected while the test runs.
          site.e2eWorker = site.MonacoEnvironment.getWorker(
            'e2e',
            'editorWorkerService',
          );
        }),
      ]);
      // Runs only once the worker's script has loaded and run.
      expect(await worker.evaluate(() => typeof self.postMessage)).toBe(
        'function',
      );

      expect(await violations()).toEqual([]);
    });

    test(`the checker's worker starts under the policy and answers (${locale.name})`, async ({
      page,
    }) => {
      const violations = await recordViolations(page);
      const editor = await EditorDriver.open(
        page,
        `${prefix}${locale.base}docs/example-walkthrough`,
        'web-example',
      );

      // Texts over 32 KB are checked in a worker (checking/scheduler.ts).
      const bulk = `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: bulk\ndata:\n  notes: "${'x'.repeat(40_000)}"\n`;
      const example = (await editor.getText()).replace(/\n?$/, '\n');
      await Promise.all([
        page.waitForEvent('worker'),
        editor.setText(`${example}---\n${bulk}`),
      ]);
      await expect.poll(() => editor.lastCheckRanIn()).toBe('worker');

      expect(await violations()).toEqual([]);
    });
  }
});
