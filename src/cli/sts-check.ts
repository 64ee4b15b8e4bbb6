import {readFileSync} from 'node:fs';
import {check, type Diagnostic, type Locale} from '../checker';
import {toSarif} from './sarif';

const USAGE =
  'usage: sts-check [--lang zh-TW|en] [--format text|json|sarif] [--old FILE] FILE... (- reads standard input)';

interface Options {
  locale: Locale;
  format: 'text' | 'json' | 'sarif';
  old?: string;
  files: string[];
}

class UsageError extends Error {}

// Asked for with --help: usage on standard output and exit status 0.
const HELP_REQUESTED = Symbol('help');

// Node's error codes for the files people actually pass by mistake.
const READ_ERRORS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
};

/** The command line; returns the exit status: 0 clean, 1 errors found, 2 bad usage or unreadable file. */
export async function main(argv: string[]): Promise<number> {
  let options: Options;
  try {
    options = parseArguments(argv);
  } catch (error) {
    if (error === HELP_REQUESTED) {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    process.stderr.write(`sts-check: ${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }

  const inputs: Array<{file: string; text: string}> = [];
  let old: string | undefined;
  try {
    if (options.old !== undefined) old = await readInput(options.old);
    for (const file of options.files) inputs.push({file, text: await readInput(file)});
  } catch (error) {
    process.stderr.write(`sts-check: ${(error as Error).message}\n`);
    return 2;
  }

  const results = inputs.map(({file, text}) => ({
    file,
    diagnostics: check(text, {locale: options.locale, old}).diagnostics,
  }));
  process.stdout.write(render(results, options));
  const hasErrors = results.some((r) => r.diagnostics.some((d) => d.severity === 'error'));
  return hasErrors ? 1 : 0;
}

function parseArguments(argv: string[]): Options {
  const options: Options = {locale: localeFromEnvironment(), format: 'text', files: []};
  // `--lang=en` is the same as `--lang en`.
  argv = argv.flatMap((a) => (/^--(lang|format|old)=/.test(a) ? [a.slice(0, a.indexOf('=')), a.slice(a.indexOf('=') + 1)] : [a]));
  for (let i = 0; i < argv.length; i++) {
    const argument = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${argument} needs a value`);
      return next;
    };
    if (argument === '--lang') {
      const lang = value();
      if (lang !== 'zh-TW' && lang !== 'en') throw new UsageError(`unknown language "${lang}" (zh-TW or en)`);
      options.locale = lang;
    } else if (argument === '--format') {
      const format = value();
      if (format !== 'text' && format !== 'json' && format !== 'sarif') {
        throw new UsageError(`unknown format "${format}" (text, json or sarif)`);
      }
      options.format = format;
    } else if (argument === '--old') {
      options.old = value();
    } else if (argument === '--help' || argument === '-h') {
      throw HELP_REQUESTED;
    } else if (argument.startsWith('--')) {
      throw new UsageError(`unknown option ${argument}`);
    } else {
      options.files.push(argument);
    }
  }
  if (options.files.length === 0) throw new UsageError('no file given');
  return options;
}

function localeFromEnvironment(): Locale {
  const lang = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  return /^zh[_-](TW|Hant)/i.test(lang) ? 'zh-TW' : 'en';
}

async function readInput(file: string): Promise<string> {
  try {
    if (file === '-') return await readStream(process.stdin);
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = (code && READ_ERRORS[code]) ?? code ?? (error as Error).message;
    throw new Error(`cannot read ${file === '-' ? 'standard input' : file}: ${reason}`);
  }
}

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}

type FileResult = {file: string; diagnostics: Diagnostic[]};

// The public site; a team hosting its own copy sets STS_SITE_URL, as the build
// reads SITE_URL and BASE_URL (see docusaurus.config.ts).
const DEFAULT_SITE_URL = 'https://statefulset-lab.example.org/';

function render(results: FileResult[], {format, locale}: Options): string {
  if (format === 'sarif') {
    const siteUrl = process.env.STS_SITE_URL ?? DEFAULT_SITE_URL;
    const sarif = toSarif(results, {locale, siteUrl, root: process.cwd()});
    return `${JSON.stringify(sarif, null, 2)}\n`;
  }
  if (format === 'json') {
    const entries = results.map(({file, diagnostics}) => ({
      file,
      diagnostics: diagnostics.map(({ruleId, severity, message, path, line, column, endLine, endColumn}) => ({
        ruleId, severity, message, path, line, column, endLine, endColumn,
      })),
    }));
    return `${JSON.stringify(entries, null, 2)}\n`;
  }
  return results
    .flatMap(({file, diagnostics}) =>
      diagnostics.map((d) => `${file}:${d.line}:${d.column} ${d.severity} ${d.ruleId} ${d.message}\n`),
    )
    .join('');
}
