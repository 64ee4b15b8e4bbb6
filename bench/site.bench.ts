// `npm run bench:site`: what the built site costs a reader: page weight
// against a blank Docusaurus page, keystroke to problem list, and time until
// the editor accepts input. Prints figures; asserts nothing (timings do not
// belong in tests). `npm run bench:site -- --help` lists the options.
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import {cpus, loadavg, tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {encodeShareFragment} from '../src/playground/share';
import {launchChromium} from './site/browser';
import {buildBlankSite, buildSite} from './site/builds';
import {generateLargeManifest} from './site/manifest';
import {measureReady, type ReadyTarget} from './site/ready';
import {printReport, type Report} from './site/report';
import {serveStatic} from './site/server';
import {measureTyping} from './site/typing';
import {measurePage, probeMonacoWorker, type PageSpec} from './site/weight';

const USAGE = `npm run bench:site -- [options]

Builds the site and a blank Docusaurus site, serves both on 127.0.0.1,
measures them in Chromium (/usr/bin/chromium if present) and prints tables.

  --reuse <dir>           measure this build of the site instead of building
                          (the output of \`docusaurus build --out-dir <dir>\`)
  --out-dir <dir>         build the site into <dir> and keep it (default: a
                          temporary folder, removed at the end)
  --reuse-blank <dir>     measure this build of the blank site instead of
                          building it (a folder kept with --blank-out-dir)
  --blank-out-dir <dir>   build the blank site into <dir> and keep it
  --port <n>              serve the site on <n> and the blank site on <n>+1
                          (default 4190)
  --runs <n>              loads per figure of "editor accepts input" (3)
  --verbose               also list every file each page loaded, with its owner
  --help                  print this and exit
`;

const PROJECT = resolve(import.meta.dirname, '..');
const LOCALES = [
  {name: 'zh-TW', base: '/'},
  {name: 'en', base: '/en/'},
];

function pagesOf(base: string, locale: string): PageSpec[] {
  return [
    {label: `${locale} text`, path: `${base}docs/why-pods-lose-state`},
    {
      label: `${locale} editor`,
      path: `${base}docs/example-walkthrough`,
      hasEditor: true,
    },
    // Its two sequence diagrams come with a simulator, which has an editor.
    {
      label: `${locale} diagram`,
      path: `${base}docs/scaling`,
      diagrams: 2,
      hasEditor: true,
    },
  ];
}

async function main(): Promise<void> {
  const {values: options} = parseArgs({
    options: {
      reuse: {type: 'string'},
      'out-dir': {type: 'string'},
      'reuse-blank': {type: 'string'},
      'blank-out-dir': {type: 'string'},
      port: {type: 'string', default: '4190'},
      runs: {type: 'string', default: '3'},
      verbose: {type: 'boolean', default: false},
      help: {type: 'boolean', default: false},
    },
  });
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const loadAtStart = loadAverage();
  const port = Number(options.port);
  const runs = Number(options.runs);
  if (!Number.isInteger(port) || !Number.isInteger(runs) || runs < 1) {
    throw new Error(`--port and --runs take whole numbers\n\n${USAGE}`);
  }
  const cleanups: (() => Promise<void> | void)[] = [];
  const cleanUp = async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  };
  process.once('SIGINT', () => void cleanUp().then(() => process.exit(130)));
  process.once('SIGTERM', () => void cleanUp().then(() => process.exit(143)));

  try {
    const temporary = (prefix: string) => {
      const dir = mkdtempSync(join(tmpdir(), `statefulset-lab-${prefix}-`));
      cleanups.push(() => rmSync(dir, {recursive: true, force: true}));
      return dir;
    };

    // 1. The two builds.
    let siteDir = options.reuse && resolve(options.reuse);
    if (!siteDir) {
      siteDir = resolve(options['out-dir'] ?? join(temporary('site'), 'build'));
      buildSite(PROJECT, siteDir);
    }
    let blankDir = options['reuse-blank'] && resolve(options['reuse-blank']);
    if (!blankDir) {
      const blankSite = temporary('blank');
      blankDir = resolve(options['blank-out-dir'] ?? join(blankSite, 'build'));
      buildBlankSite(PROJECT, blankSite, blankDir);
    }

    // 2. Serve them; launch Chromium.
    const site = await serveStatic(siteDir, port);
    cleanups.push(() => site.close());
    const blank = await serveStatic(blankDir, port + 1);
    cleanups.push(() => blank.close());
    const browser = await launchChromium();
    cleanups.push(() => browser.close());

    // 3. Page weight, each page in a fresh context.
    console.error('measuring page weight…');
    const blankWeight = await measurePage(browser, blank.url, blankDir, {
      label: `blank Docusaurus ${docusaurusVersion()}`,
      path: '/',
    });
    const pages = [];
    for (const {name, base} of LOCALES) {
      for (const spec of pagesOf(base, name)) {
        pages.push(await measurePage(browser, site.url, siteDir, spec));
      }
    }
    const monacoWorker = await probeMonacoWorker(
      browser,
      site.url,
      '/docs/example-walkthrough',
    );

    // 4. Keystroke to problem list.
    console.error('measuring keystrokes…');
    const large = generateLargeManifest();
    const typing = [
      await measureTyping(browser, site.url, siteDir, {
        label: 'example (zh-TW /docs/example-walkthrough)',
        path: '/docs/example-walkthrough',
        editorId: 'web-example',
      }),
      await measureTyping(browser, site.url, siteDir, {
        label: 'generated manifest (zh-TW /playground)',
        path: `/playground#${encodeShareFragment(large)}`,
        editorId: 'playground',
        expectedText: large,
      }),
    ];

    // 5. Time until the editor accepts input.
    console.error('measuring time to input…');
    const ready: Report['ready'] = [];
    for (const {name, base} of LOCALES) {
      const target: ReadyTarget = {
        label: `${name} editor`,
        editorPath: `${base}docs/example-walkthrough`,
        editorId: 'web-example',
        fromPath: `${base}docs/why-pods-lose-state`,
      };
      for (const mode of ['cold', 'client'] as const) {
        const times = [];
        for (let run = 0; run < runs; run++) {
          times.push(await measureReady(browser, site.url, target, mode));
        }
        ready.push({label: target.label, mode, times});
      }
    }

    printReport(
      {
        header: [
          `StatefulSet Lab site benchmark, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, Chromium ${browser.version()}, served on 127.0.0.1 (no throttling)`,
          `site: ${siteDir}; blank: ${blankDir}`,
          `load average at start ${loadAtStart}, at end ${loadAverage()} (${cpus().length} CPUs; timings are wall-clock and suffer on a busy machine)`,
        ].join('\n'),
        blank: blankWeight,
        pages,
        typing,
        ready,
        monacoWorker,
        strays: findStrays(siteDir, site.served),
      },
      options.verbose,
    );
  } finally {
    await cleanUp();
  }
}

/** Scripts at the root of each locale's build, with their request counts. */
function findStrays(buildDir: string, served: string[]): Report['strays'] {
  return LOCALES.flatMap(({base}) => {
    const dir = join(buildDir, base);
    if (!existsSync(dir)) return [];
    return readdirSync(dir)
      .filter((name) => name.endsWith('.js'))
      .map((name) => {
        const path = `${base}${name}`;
        return {
          path,
          bytes: statSync(join(dir, name)).size,
          requests: served.filter((requested) => requested === path).length,
        };
      });
  });
}

/** The 1-minute load average, e.g. `3.2`. */
function loadAverage(): string {
  return loadavg()[0]!.toFixed(1);
}

function docusaurusVersion(): string {
  const manifest = join(PROJECT, 'node_modules/@docusaurus/core/package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as {version: string})
    .version;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
