/**
 * The two builds the benchmark measures: the site, and a blank Docusaurus
 * site of the same version as the baseline.
 */
import {spawnSync} from 'node:child_process';
import {existsSync, mkdirSync, symlinkSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';

/** Builds the site into `outDir` (both locales), as `npm run build` does. */
export function buildSite(projectDir: string, outDir: string): void {
  run('npm', ['run', 'prebuild'], projectDir);
  run('npx', ['docusaurus', 'build', '--out-dir', outDir], projectDir);
  expectBuild(outDir);
}

/**
 * Builds a blank site in `siteDir` into `outDir`: preset-classic with one
 * doc as its home page, no theme or plugin of this project, and the
 * project's own node_modules (symlinked), so the Docusaurus and React are
 * exactly the site's and nothing is downloaded. `future.v4` as in the site's
 * docusaurus.config.ts, so both are built by the same bundler (Rspack).
 */
export function buildBlankSite(
  projectDir: string,
  siteDir: string,
  outDir: string,
): void {
  mkdirSync(join(siteDir, 'docs'), {recursive: true});
  symlinkSync(join(projectDir, 'node_modules'), join(siteDir, 'node_modules'));
  writeFileSync(
    join(siteDir, 'package.json'),
    JSON.stringify({name: 'blank-docusaurus', private: true}, null, 2),
  );
  writeFileSync(
    join(siteDir, 'docusaurus.config.mjs'),
    `export default {
  title: 'Blank',
  url: 'http://127.0.0.1',
  baseUrl: '/',
  future: {v4: true},
  presets: [['classic', {docs: {routeBasePath: '/'}, blog: false}]],
};
`,
  );
  writeFileSync(
    join(siteDir, 'docs', 'index.md'),
    `---
slug: /
---

# Blank

A page of text, and nothing else.
`,
  );
  // Without the persistent cache: through the symlink it would sit in the
  // project's node_modules/.cache, beside the site's own.
  run('npx', ['docusaurus', 'build', '--out-dir', outDir], siteDir, {
    DOCUSAURUS_NO_PERSISTENT_CACHE: '1',
  });
  expectBuild(outDir);
}

function run(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): void {
  console.error(`$ (cd ${cwd} && ${command} ${args.join(' ')})`);
  // The build's output goes to stderr, so stdout holds only the figures.
  const result = spawnSync(command, args, {
    cwd,
    env: {...process.env, ...env},
    stdio: ['ignore', process.stderr, process.stderr],
  });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.status})`);
  }
}

function expectBuild(outDir: string): void {
  if (!existsSync(join(outDir, 'index.html'))) {
    throw new Error(`${outDir} holds no index.html: not a Docusaurus build`);
  }
}
