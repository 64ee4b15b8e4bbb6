import {describe, expect, it} from 'vitest';
import {check} from '../../../src/checker';
import {testRule} from '../rule-tester';

const sts = (metadata: string, template = '', claim = '') =>
  `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\n${metadata}spec:\n  template:\n    metadata:\n${template}      name: x\n  volumeClaimTemplates:\n  - metadata:\n      name: www\n${claim}`;

testRule('meta-labels-invalid', {
  valid: [
    sts('  labels:\n    app.kubernetes.io/name: web\n    tier: front-end\n    empty: ""\n'),
    sts('', '      labels:\n        app: web\n', '      labels:\n        app: web\n'),
    // A non-string value is schema-type's to report.
    sts('  labels:\n    ha: yes\n'),
    'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: a\n  labels:\n    a: b\n',
  ],
  invalid: [
    {
      name: 'a value with a space',
      code: sts('  labels:\n    tier: front end\n'),
      errors: [{messageId: 'value', path: 'metadata.labels.tier', line: 6, column: 11, endColumn: 20}],
    },
    {
      name: 'a value over 63 characters',
      code: sts(`  labels:\n    tier: ${'a'.repeat(64)}\n`),
      errors: [{messageId: 'valueTooLong', line: 6, column: 11}],
    },
    {
      name: 'a key with two slashes',
      code: sts('  labels:\n    a/b/c: x\n'),
      errors: [{messageId: 'key', path: 'metadata.labels', line: 5, column: 3}],
    },
    {
      name: 'on the Pod template',
      code: sts('', '      labels:\n        app: "-web"\n'),
      errors: [{messageId: 'value', path: 'spec.template.metadata.labels.app', line: 9, column: 14}],
    },
    {
      name: 'on a claim template',
      code: sts('', '', '      labels:\n        _bad: x\n'),
      errors: [{messageId: 'key', path: 'spec.volumeClaimTemplates[0].metadata.labels', line: 12, column: 7}],
    },
    {
      name: 'on a custom resource',
      code: 'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: a\n  labels:\n    a: b c\n',
      errors: [{messageId: 'value', line: 6, column: 8}],
    },
  ],
});

describe('meta-labels-invalid suggestions', () => {
  it('suggests a valid value', () => {
    const found = check(sts('  labels:\n    tier: front end\n'), {locale: 'en'}).diagnostics.find(
      (d) => d.ruleId === 'meta-labels-invalid',
    );
    expect(found?.message).toContain('`front-end`');
  });
});
