/** What a page downloads, for the tests that keep heavy libraries off pages. */
import type {Page} from '@playwright/test';

// Only in Mermaid's own code, which the diagram component imports on demand.
const MERMAID_MARKER = /mermaidAPI/;

/**
 * Starts recording the scripts the page loads that belong to Mermaid. Returns
 * a function that resolves to their URLs.
 */
export function recordMermaidFiles(page: Page): () => Promise<string[]> {
  const checks: Promise<string | undefined>[] = [];
  page.on('response', (response) => {
    const url = response.url();
    if (!/\.m?js(\?|$)/.test(url)) return;
    checks.push(
      response
        .text()
        .then((body) => (MERMAID_MARKER.test(body) ? url : undefined))
        .catch(() => undefined),
    );
  });
  return async () =>
    (await Promise.all(checks)).filter((url): url is string => !!url);
}
