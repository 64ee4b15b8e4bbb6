/** The pages of the built site, as its sitemaps list them. */
import {expect, type APIRequestContext} from '@playwright/test';

/**
 * The page paths that `${base}sitemap.xml` lists, relative to the server's
 * root. Each locale has its own sitemap: `/` lists the default locale only.
 */
export async function sitemapPaths(
  request: APIRequestContext,
  base: string,
): Promise<string[]> {
  const response = await request.get(`${base}sitemap.xml`);
  expect(response.ok(), `${base}sitemap.xml`).toBe(true);
  const xml = await response.text();
  // The sitemap names pages under SITE_URL; only the path matters here.
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    ([, loc]) => new URL(loc).pathname,
  );
}
