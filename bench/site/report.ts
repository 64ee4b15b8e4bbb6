/** The benchmark's printed tables, and which of issue 6's aims are met. */
import {sum, type LoadedFile, type Owner} from './files';
import type {TimeOwner} from './profile';
import type {ReadyTimes} from './ready';
import {median, p95} from './stats';
import type {TypingResult} from './typing';
import type {PageWeight} from './weight';

export interface Report {
  header: string;
  blank: PageWeight;
  pages: PageWeight[];
  typing: TypingResult[];
  ready: {label: string; mode: 'cold' | 'client'; times: ReadyTimes[]}[];
  /** What the editor page's own MonacoEnvironment.getWorker() loads. */
  monacoWorker: string[];
  /** Scripts at the build's root, and how often anything requested them. */
  strays: {path: string; bytes: number; requests: number}[];
}

const TIME_OWNERS: TimeOwner[] = [
  'Monaco',
  'checker, yaml, editor UI',
  'main.js',
  'other site chunks',
  'browser',
  'GC',
];
const TIME_OWNER_LABELS: Record<TimeOwner, string> = {
  Monaco: 'Monaco',
  'checker, yaml, editor UI': 'checker, yaml, editor UI',
  'main.js': 'main.js (React, Docusaurus)',
  'other site chunks': 'other site chunks',
  browser: 'browser (style, layout, paint, input)',
  GC: 'GC',
};
const TEXT_AIM_BYTES = 20 * 1024;
const KEYSTROKE_AIM_MS = 50;

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const ms = (value: number) => value.toFixed(1);
const of = (files: LoadedFile[], owner: Owner) =>
  sum(files.filter((file) => file.owner === owner));
const rawGzip = (files: LoadedFile[], owner: Owner) => {
  const total = of(files, owner);
  return total.raw === 0 ? '0' : `${kb(total.raw)} / ${kb(total.gzip)}`;
};
const paths = (urls: string[]) =>
  urls.length === 0
    ? 'none'
    : urls.map((url) => new URL(url).pathname).join(', ');

export function printReport(report: Report, verbose: boolean): void {
  const blankGzip = sum(report.blank.loaded).gzip;
  const sections = [
    [report.header],
    weightTable(report, blankGzip),
    typingTable(report),
    splitTable(report),
    readyTable(report),
    workerNotes(report),
    aimsTable(report, blankGzip),
    verbose ? listFiles(report) : [],
  ];
  console.log(
    sections
      .filter((section) => section.length > 0)
      .map((section) => section.join('\n'))
      .join('\n\n'),
  );
}

function weightTable(report: Report, blankGzip: number): string[] {
  const lines = [
    '### Page weight: scripts and stylesheets loaded once settled (KB = 1024 bytes, gzip level 6)',
    '',
    '| page | path | files | raw KB | gzip KB | Monaco raw / gzip KB | Mermaid raw / gzip KB | Web Workers | prefetched for other pages (files, gzip KB) | gzip vs blank |',
    '|---|---|---:|---:|---:|---:|---:|---|---:|---:|',
  ];
  for (const page of [report.blank, ...report.pages]) {
    const total = sum(page.loaded);
    const prefetched = sum(page.prefetched);
    const delta = page === report.blank ? '' : `+${kb(total.gzip - blankGzip)}`;
    lines.push(
      `| ${page.spec.label} | \`${page.spec.path}\` | ${total.files} | ${kb(total.raw)} | ${kb(total.gzip)} | ${rawGzip(page.loaded, 'monaco')} | ${rawGzip(page.loaded, 'mermaid')} | ${paths(page.workers)} | ${prefetched.files}, ${kb(prefetched.gzip)} | ${delta} |`,
    );
  }
  return lines;
}

function typingTable(report: Report): string[] {
  const lines = [
    '### Keystroke to updated problem list (ms from keydown; each edit adds or removes one problem)',
    '',
    '| editor | lines | edits | to DOM change median / p95 | to next frame median / p95 | main-thread CPU per edit | long tasks while typing (count, longest, total) | longest key handler |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const run of report.typing) {
    const {longTasks} = run;
    lines.push(
      `| ${run.target.label} | ${run.lines} | ${run.toDom.length} | ${ms(median(run.toDom))} / ${ms(p95(run.toDom))} | ${ms(median(run.toFrame))} / ${ms(p95(run.toFrame))} | ${ms(run.cpuPerEditMs)} | ${longTasks.count}, ${ms(longTasks.maxMs)}, ${ms(longTasks.totalMs)} | ${ms(run.longestHandlerMs)} |`,
    );
  }
  return lines;
}

function splitTable(report: Report): string[] {
  const lines = [
    "### Where a keystroke's main-thread time goes (ms per edit, sampled wall time over 20 more edits with the profiler on)",
    '',
    `| editor | ${TIME_OWNERS.map((owner) => TIME_OWNER_LABELS[owner]).join(' | ')} |`,
    `|---|${TIME_OWNERS.map(() => '---:').join('|')}|`,
  ];
  for (const run of report.typing) {
    const cells = TIME_OWNERS.map((owner) => ms(run.split[owner]));
    lines.push(`| ${run.target.label} | ${cells.join(' | ')} |`);
  }
  return lines;
}

function readyTable(report: Report): string[] {
  const lines = [
    '### Time until the editor accepts input (ms from navigation start; median [min-max])',
    '',
    '| page | navigation | runs | editor ready | first keystroke lands |',
    '|---|---|---:|---:|---:|',
  ];
  const spread = (values: number[]) =>
    `${ms(median(values))} [${ms(Math.min(...values))}-${ms(Math.max(...values))}]`;
  for (const {label, mode, times} of report.ready) {
    const navigation =
      mode === 'cold' ? 'cold load' : 'client-side, from a text page';
    const mounted = spread(times.map((time) => time.mounted));
    const accepted = spread(times.map((time) => time.accepted));
    lines.push(
      `| ${label} | ${navigation} | ${times.length} | ${mounted} | ${accepted} |`,
    );
  }
  return lines;
}

function workerNotes(report: Report): string[] {
  const started = [
    ...report.pages.flatMap((page) => page.workers),
    ...report.typing.flatMap((run) => run.workers),
  ];
  return [
    '### Workers and stray files',
    '',
    `- Web Workers started on the measured pages and while typing: ${paths(started)}`,
    `- The editor page's MonacoEnvironment.getWorker() starts: ${paths(report.monacoWorker)}`,
    ...report.strays.map(
      (stray) =>
        `- \`${stray.path}\` (${stray.bytes} bytes, at the build's root): requested ${stray.requests} times during the whole benchmark`,
    ),
  ];
}

function aimsTable(report: Report, blankGzip: number): string[] {
  return [
    '### Aims (issue 6)',
    '',
    '| aim | figures | verdict |',
    '|---|---|---|',
    ...judgeAims(report, blankGzip).map(
      (aim) =>
        `| ${aim.name} | ${aim.figures} | ${aim.isMet ? 'pass' : 'MISS'} |`,
    ),
  ];
}

function judgeAims(report: Report, blankGzip: number) {
  const textPages = report.pages.filter((page) => /text/.test(page.spec.label));
  const heavy = (page: PageWeight) =>
    [...page.loaded, ...page.prefetched].filter(
      (file) => file.owner !== 'site',
    );
  const overBlank = (page: PageWeight) => sum(page.loaded).gzip - blankGzip;
  const p95s = report.typing.map((run) => p95(run.toFrame));
  return [
    {
      name: 'text pages load no Monaco or Mermaid bytes',
      figures: textPages
        .map((page) => `${page.spec.label}: ${sum(heavy(page)).raw} bytes`)
        .join('; '),
      isMet: textPages.every((page) => heavy(page).length === 0),
    },
    {
      name: 'text pages within 20 KB gzip of the blank page',
      figures: textPages
        .map((page) => `${page.spec.label}: +${kb(overBlank(page))} KB`)
        .join('; '),
      isMet: textPages.every((page) => overBlank(page) <= TEXT_AIM_BYTES),
    },
    {
      name: `keystroke to problem list (next frame) p95 <= ${KEYSTROKE_AIM_MS} ms`,
      figures: report.typing
        .map((run, i) => `${run.target.label}: ${ms(p95s[i]!)} ms`)
        .join('; '),
      isMet: p95s.every((value) => value <= KEYSTROKE_AIM_MS),
    },
    {
      name: 'the checker never blocks typing (no long task while typing)',
      figures: report.typing
        .map(
          (run) =>
            `${run.target.label}: ${run.longTasks.count} long tasks, longest ${ms(run.longTasks.maxMs)} ms`,
        )
        .join('; '),
      isMet: report.typing.every((run) => run.longTasks.count === 0),
    },
  ];
}

function listFiles(report: Report): string[] {
  const lines = ['### Every file, by page (owner, kind, raw, gzip bytes)', ''];
  for (const page of [report.blank, ...report.pages]) {
    lines.push(`${page.spec.label} (${page.spec.path}):`);
    for (const file of [...page.loaded, ...page.prefetched]) {
      lines.push(
        `  ${file.owner.padEnd(7)} ${file.kind.padEnd(10)} ${String(file.raw).padStart(8)} ${String(file.gzip).padStart(8)} ${file.path}`,
      );
    }
  }
  return lines;
}
