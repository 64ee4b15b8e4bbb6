/**
 * What a file a page loaded costs (raw and gzip bytes) and whose it is: the
 * site's (Docusaurus and ours), Monaco's or Mermaid's.
 *
 * Chunks are told apart by name where the build names them (`monaco`,
 * `monaco-nls-*`, `monaco-styles`: webpackChunkName and the cache group of
 * src/plugins/editor-chunks.ts), otherwise by content, as most chunks have
 * numeric names. The markers were checked against a build of 2026-12-04
 * (`--verbose` lists every file with its class, to check them again).
 */
import {gzipSync} from 'node:zlib';

export type Owner = 'site' | 'monaco' | 'mermaid';

export interface LoadedFile {
  /** Path on the site, e.g. `/assets/js/main.0161bea2.js`. */
  path: string;
  kind: 'script' | 'stylesheet' | 'worker' | 'prefetch';
  owner: Owner;
  raw: number;
  gzip: number;
}

// In every Monaco script (its global environment, VS Code's globals, the
// Monarch grammar format) and in none of the site's. Bare `vscode` is not a
// marker: Mermaid's parser (langium) mentions vscode-languageserver too.
const MONACO_CONTENT = /MonacoEnvironment|_VSCODE_|monaco-editor|tokenPostfix/;

// Mermaid's own chunks all name it. So do chunks that are not Mermaid: the
// pages' chunks and main.js (the MDX component, the theme's config) and the
// theme's wrapper component, in every doc page's MDX components chunk, which
// carries the container class. Only split chunks can be Mermaid's: their
// names are short numeric ids, where Docusaurus names the chunks of routes
// and components by an 8-character hash (which may be all digits).
const MERMAID_CONTENT = /mermaid/;
const DOCUSAURUS_MERMAID_WRAPPER = /docusaurus-mermaid-container/;
const SPLIT_CHUNK = /\/assets\/js\/\d{1,6}\.[0-9a-f]+\.js$/;

export function ownerOf(path: string, body: string): Owner {
  const name = path.split('/').pop() ?? '';
  if (/monaco/i.test(name)) return 'monaco';
  if (/mermaid/i.test(name)) return 'mermaid';
  if (MONACO_CONTENT.test(body)) return 'monaco';
  if (
    SPLIT_CHUNK.test(path) &&
    MERMAID_CONTENT.test(body) &&
    !DOCUSAURUS_MERMAID_WRAPPER.test(body)
  ) {
    return 'mermaid';
  }
  return 'site';
}

export function describeFile(
  path: string,
  kind: LoadedFile['kind'],
  body: Buffer,
): LoadedFile {
  return {
    path,
    kind,
    owner: ownerOf(path, body.toString('utf8')),
    raw: body.length,
    // zlib's default level (6); a host's own level, or Brotli, sends a
    // little more or less, but the comparisons between pages hold.
    gzip: gzipSync(body).length,
  };
}

export interface Totals {
  files: number;
  raw: number;
  gzip: number;
}

export function sum(files: readonly LoadedFile[]): Totals {
  return {
    files: files.length,
    raw: files.reduce((total, file) => total + file.raw, 0),
    gzip: files.reduce((total, file) => total + file.gzip, 0),
  };
}
