import {describe, expect, it} from 'vitest';
import {check} from '../../../src/checker';
import {exampleStatefulSet} from '../../../src/checker/k8s/statefulset-spec';
import {ruleById} from '../../../src/checker/rules';
import {diagnosticsOf, fixOnce} from '../apply-fix';
import {testRule} from '../rule-tester';

const {docs} = ruleById('sts-name-dns-label');
const named = (line: string) => exampleStatefulSet().replace('  name: web\n', `${line}\n`);

testRule('sts-name-dns-label', {
  valid: [
    docs.good,
    named(`  name: ${'a'.repeat(63)}`),
    named('  name: web-0-a'),
    // A prefix may end in a dash; the suffix is added after it.
    named('  generateName: web-'),
    // Missing or mistyped names belong to meta-name-required and schema-type.
    named('  labels: {}'),
    named('  name: 123'),
    // Other kinds have other name rules.
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: Web.Config\n',
  ],
  invalid: [
    {
      name: 'docs.bad: upper case',
      code: docs.bad,
      errors: [{messageId: 'upperCase', path: 'metadata.name', line: 4, column: 9, endLine: 4, endColumn: 12}],
    },
    {
      name: 'dots (a DNS subdomain, accepted before 1.27)',
      code: named('  name: web.v2'),
      errors: [{messageId: 'dots', line: 4, column: 9, endColumn: 15}],
    },
    {
      name: 'longer than 63',
      code: named(`  name: ${'a'.repeat(64)}`),
      errors: [{messageId: 'tooLong', line: 4, column: 9, endColumn: 73}],
    },
    {
      name: 'underscore: lower case does not help',
      code: named('  name: Web_App'),
      errors: [{messageId: 'invalid', line: 4, column: 9}],
    },
    {
      name: 'trailing dash in a name (not a prefix)',
      code: named('  name: web-'),
      errors: [{messageId: 'invalid', line: 4, column: 9}],
    },
    {
      name: 'generateName',
      code: named('  generateName: Web-'),
      errors: [{messageId: 'generateName', path: 'metadata.generateName', line: 4, column: 17}],
    },
  ],
});

describe('sts-name-dns-label fixes', () => {
  it('lower-cases the name', () => {
    expect(fixOnce('sts-name-dns-label', docs.bad)).toBe(docs.good);
  });

  it('keeps the quotes the reader used', () => {
    const fixed = fixOnce('sts-name-dns-label', named('  name: "Web"'));
    expect(fixed).toContain('  name: "web"\n');
    expect(diagnosticsOf('sts-name-dns-label', fixed)).toEqual([]);
  });

  it('quotes a lower-cased name YAML 1.1 would read as a boolean', () => {
    const fixed = fixOnce('sts-name-dns-label', named('  name: oN'));
    expect(fixed).toContain('  name: "on"\n');
  });

  it('offers no fix where lower case is not enough', () => {
    const [diagnostic] = diagnosticsOf('sts-name-dns-label', named('  name: Web.App'));
    expect(diagnostic.messageId).toBe('dots');
    expect(diagnostic.fix).toBeUndefined();
  });
});

describe('sts-name-dns-label on update', () => {
  it('does not check the name of a StatefulSet that already exists', () => {
    const code = named('  name: web.v2');
    expect(diagnosticsOf('sts-name-dns-label', code)).toHaveLength(1);
    const found = check(code, {locale: 'en', old: code}).diagnostics;
    expect(found.filter((d) => d.ruleId === 'sts-name-dns-label')).toEqual([]);
  });
});
