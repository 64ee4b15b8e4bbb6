import type {Locale} from '@site/src/checker';

export type Monaco = typeof import('monaco-editor/editor');

const loading = new Map<Locale, Promise<Monaco>>();

/**
 * Loads Monaco once per page load. The promise is cached so that React's
 * `use()` sees the same one on every render.
 */
export function loadMonaco(locale: Locale): Promise<Monaco> {
  let promise = loading.get(locale);
  if (!promise) {
    promise = importMonaco(locale);
    // A failed download (offline) may be retried on the next mount.
    promise.catch(() => loading.delete(locale));
    loading.set(locale, promise);
  }
  return promise;
}

async function importMonaco(locale: Locale): Promise<Monaco> {
  // Monaco reads its own UI strings (hover actions, find widget, screen reader
  // texts) from a global table, and some while its modules evaluate, so the
  // table must be in place before the editor is imported. Each locale is a
  // separate build of the site, so one page load never needs two tables.
  if (locale === 'zh-TW') {
    await import(
      /* webpackChunkName: "monaco-nls-zh-tw" */ 'monaco-editor/nls/lang/zh-tw'
    );
  }
  const {monaco} = await import(/* webpackChunkName: "monaco" */ './setup');
  return monaco;
}
