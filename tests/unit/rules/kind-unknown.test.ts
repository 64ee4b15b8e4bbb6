import {describe, expect, it} from 'vitest';
import {check} from '../../../src/checker';
import {testRule} from '../rule-tester';

const withKind = (kind: string, apiVersion = 'apps/v1') =>
  `apiVersion: ${apiVersion}\nkind: ${kind}\nmetadata:\n  name: web\n`;

testRule('kind-unknown', {
  valid: [
    withKind('StatefulSet'),
    withKind('ConfigMap', 'v1'),
    withKind('PodDisruptionBudget', 'policy/v1'),
    // A built-in kind in the wrong group is api-version-unknown's to report.
    withKind('StatefulSet', 'v1'),
    // Custom resources may have any kind.
    withKind('Prometheus', 'monitoring.coreos.com/v1'),
  ],
  invalid: [
    {
      name: 'wrong case',
      code: withKind('Statefulset'),
      errors: [{messageId: 'unknown', path: 'kind', line: 2, column: 7, endColumn: 18}],
    },
    {
      name: 'a typo',
      code: withKind('StatfulSet'),
      errors: [{messageId: 'unknown', line: 2, column: 7}],
    },
    {
      name: 'a Cyrillic look-alike letter',
      code: withKind('StatefulS\u0435t'),
      errors: [{messageId: 'lookAlike', line: 2, column: 7, endColumn: 18}],
    },
    {
      name: 'a zero-width space',
      code: withKind('Stateful\u200bSet'),
      errors: [{messageId: 'lookAlike', line: 2, column: 7}],
    },
    {
      name: 'nothing like a kind',
      code: withKind('Zebra'),
      errors: [{messageId: 'unknownNoSuggestion', line: 2, column: 7}],
    },
    {
      name: 'no kind',
      code: 'apiVersion: apps/v1\nmetadata:\n  name: web\n',
      errors: [{messageId: 'missing', path: 'kind', line: 1, column: 1}],
    },
  ],
});

describe('kind-unknown messages and fixes', () => {
  const first = (code: string) => check(code, {locale: 'en'}).diagnostics.find((d) => d.ruleId === 'kind-unknown');

  it('suggests the kind in its exact case and offers to replace it', () => {
    const found = first(withKind('Statefulset'));
    expect(found?.message).toContain('`StatefulSet`');
    expect(found?.fix?.edits).toEqual([{line: 2, column: 7, endLine: 2, endColumn: 18, newText: 'StatefulSet'}]);
  });

  it('shows the code point of a look-alike letter instead of the letter', () => {
    const found = first(withKind('StatefulS\u0435t'));
    expect(found?.message).toContain('U+0435');
    expect(found?.message).toContain('StatefulS\\u0435t');
    expect(found?.message).not.toContain('\u0435');
    expect(found?.fix?.edits[0].newText).toBe('StatefulSet');
  });

  it('suggests a kind of another group when the group has none like it', () => {
    expect(first(withKind('Servce', 'v1'))?.message).toContain('`Service`');
    expect(first(withKind('Ingres', 'networking.k8s.io/v1'))?.message).toContain('`Ingress`');
  });
});
