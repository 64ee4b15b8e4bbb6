import {spawnSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';

const folder = mkdtempSync(join(tmpdir(), 'sts-check-'));
const clean = join(folder, 'clean.yaml');
const broken = join(folder, 'broken.yaml');
writeFileSync(clean, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n');
writeFileSync(broken, 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\n');

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, ['bin/sts-check.mjs', ...args], {
    input,
    encoding: 'utf8',
    env: {...process.env, LANG: 'C'},
  });
  return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

describe('sts-check', () => {
  it('exits 0 and prints nothing for a clean file', () => {
    expect(run([clean])).toMatchObject({status: 0, stdout: ''});
  });

  it('prints file:line:column severity rule-id message and exits 1 on errors', () => {
    const {status, stdout} = run(['--lang', 'en', broken]);
    expect(status).toBe(1);
    expect(stdout).toMatch(new RegExp(`^${broken}:5:3 error yaml-duplicate-key \`name\` appears twice`));
  });

  it('prints its usage on standard output for --help and exits 0', () => {
    const {status, stdout} = run(['--help']);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^usage: sts-check/);
  });

  it('takes --lang=zh-TW like --lang zh-TW', () => {
    expect(run(['--lang=zh-TW', broken]).stdout).toContain('出現了兩次');
  });

  it('says in words why a file cannot be read, and exits 2', () => {
    const {status, stderr} = run([join(folder, 'missing.yaml')]);
    expect(status).toBe(2);
    expect(stderr).toContain('no such file');
  });

  it('speaks Traditional Chinese with --lang zh-TW', () => {
    expect(run(['--lang', 'zh-TW', broken]).stdout).toContain('出現了兩次');
  });

  it('gives one JSON entry per file with the diagnostic fields', () => {
    const {stdout} = run(['--format', 'json', clean, broken]);
    const entries = JSON.parse(stdout);
    expect(entries.map((e: {file: string}) => e.file)).toEqual([clean, broken]);
    expect(Object.keys(entries[1].diagnostics[0]).sort()).toEqual(
      ['column', 'endColumn', 'endLine', 'line', 'message', 'path', 'ruleId', 'severity'],
    );
  });

  it('writes SARIF 2.1.0', () => {
    const sarif = JSON.parse(run(['--format', 'sarif', broken]).stdout);
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results[0].ruleId).toBe('yaml-duplicate-key');
    // Outside the working directory a file is named by its file:// URI.
    const location = sarif.runs[0].results[0].locations[0].physicalLocation;
    expect(location.artifactLocation.uri).toMatch(/^file:\/\/\//);
    expect(sarif.runs[0].tool.driver.rules[0].helpUri).toMatch(/\/docs\/rules\//);
  });

  it('reads standard input for -', () => {
    const {status, stdout} = run(['-'], 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\n');
    expect(status).toBe(1);
    expect(stdout).toMatch(/^-:5:3 error/);
  });

  it('exits 2 with a one-line reason for an unreadable file or bad usage', () => {
    const missing = run([join(folder, 'missing.yaml')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr.split('\n')[0]).toMatch(/cannot read .*missing\.yaml/);
    expect(run(['--format', 'xml', clean]).status).toBe(2);
    expect(run([]).status).toBe(2);
  });
});
