import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {check, type Diagnostic} from '../../src/checker';

// The corpus lives outside the repository (../shared/corpus); CI passes its
// path in STS_CORPUS. Without it these tests are skipped, and say so.
const corpus = process.env.STS_CORPUS ?? '';
const hasCorpus = corpus !== '' && existsSync(join(corpus, 'invalid'));

const errorsOf = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.severity === 'error');
const yamlFiles = (folder: string) =>
  readdirSync(join(corpus, folder)).filter((f) => /\.(ya?ml|json)$/.test(f) && !f.endsWith('.expect.json') && f !== 'EXPECTED.json');

describe.skipIf(!hasCorpus)(`the manifest corpus at ${corpus || '(STS_CORPUS not set)'}`, () => {
  it('finds no error in the seed example', () => {
    const text = readFileSync(join(corpus, 'seed.yaml'), 'utf8');
    expect(errorsOf(check(text, {locale: 'en'}).diagnostics)).toEqual([]);
  });

  for (const folder of ['valid', 'edge-valid']) {
    describe(`${folder}/`, () => {
      for (const file of hasCorpus ? yamlFiles(folder) : []) {
        it(`finds no error in ${file}`, () => {
          const text = readFileSync(join(corpus, folder, file), 'utf8');
          const found = check(text, {locale: 'en'}).diagnostics;
          expect(errorsOf(found).map(brief)).toEqual([]);
          expect(found.filter((d) => d.ruleId === 'checker-rule-failed')).toEqual([]);
        });
      }
    });
  }

  it('prints how many valid and edge-valid files get no error', () => {
    for (const folder of ['valid', 'edge-valid']) {
      const files = yamlFiles(folder);
      const clean = files.filter((file) => {
        const text = readFileSync(join(corpus, folder, file), 'utf8');
        return errorsOf(check(text, {locale: 'en'}).diagnostics).length === 0;
      });
      console.log(`corpus ${folder}/: ${clean.length}/${files.length} with no error`);
      expect(clean.length).toBe(files.length);
    }
  });

  it('catches at least 95 % of invalid/ at the expected path and line', () => {
    const verdicts = yamlFiles('invalid').map(judgeInvalid);
    const caught = verdicts.filter((v) => v.isCaught);
    const clean = caught.filter((v) => v.extraErrors.length === 0);
    const agreement = caught.length / verdicts.length;
    console.log(
      `corpus invalid/: ${caught.length}/${verdicts.length} caught at the expected path and line ` +
        `(${(agreement * 100).toFixed(1)} %), ${clean.length} with no unexpected error`,
    );
    for (const v of verdicts.filter((v) => !v.isCaught || v.extraErrors.length > 0)) {
      console.log(`  ${v.isCaught ? 'extra' : 'MISSED'} ${v.file}: want ${v.want}; got ${v.got.join(' | ') || 'nothing'}`);
    }
    expect(agreement).toBeGreaterThanOrEqual(0.95);
  });
});

interface Expectation {
  severity: 'error' | 'warning';
  path: string;
  line: number;
  lines_ok?: number[];
  also?: Array<{severity: string; path: string}>;
  mode?: 'update';
  old?: string;
}

function judgeInvalid(file: string) {
  const base = file.replace(/\.(ya?ml|json)$/, '');
  const expected = JSON.parse(readFileSync(join(corpus, 'invalid', `${base}.expect.json`), 'utf8')) as Expectation;
  const text = readFileSync(join(corpus, 'invalid', file), 'utf8');
  const old = expected.mode === 'update' && expected.old ? readFileSync(join(corpus, 'invalid', expected.old), 'utf8') : undefined;
  const found = check(text, {locale: 'en', old}).diagnostics;

  const lines = [expected.line, ...(expected.lines_ok ?? [])];
  const matches = (d: Diagnostic) =>
    d.severity === expected.severity && d.path.startsWith(expected.path) && lines.includes(d.line);
  const isAllowed = (d: Diagnostic) =>
    matches(d) || (expected.also ?? []).some((a) => d.path.startsWith(a.path) || a.path.startsWith(d.path));
  return {
    file,
    isCaught: found.some(matches),
    extraErrors: errorsOf(found).filter((d) => !isAllowed(d)),
    want: `${expected.severity} ${expected.path || '(syntax)'} line ${lines.join('/')}`,
    got: found.filter((d) => d.severity !== 'info').map(brief),
  };
}

function brief(d: Diagnostic): string {
  return `${d.severity} ${d.ruleId} ${d.path} ${d.line}:${d.column}`;
}
