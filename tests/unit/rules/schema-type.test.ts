import {describe, expect, it} from 'vitest';
import {check} from '../../../src/checker';
import {testRule} from '../rule-tester';

const sts = (spec: string) => `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n${spec}`;
const container = (lines: string) =>
  sts(`  template:\n    spec:\n      containers:\n      - name: app\n        image: nginx:1.27\n${lines}`);

testRule('schema-type', {
  valid: [
    sts('  replicas: 3\n  minReadySeconds: 0\n'),
    sts('  replicas: 3.0\n'),
    sts('  replicas: null\n  selector: ~\n'),
    // IntOrString fields take both.
    sts('  updateStrategy:\n    rollingUpdate:\n      maxUnavailable: 25%\n      partition: 0\n'),
    sts('  updateStrategy:\n    rollingUpdate:\n      maxUnavailable: 1\n'),
    // Quoted YAML 1.1 booleans are strings; octal numbers are numbers.
    sts('  selector:\n    matchLabels:\n      ha: "yes"\n'),
    container('        env:\n        - name: PORT\n          value: "8080"\n'),
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  creationTimestamp: 2024-01-01T00:00:00Z\ndata:\n  day: 2024-01-01\n',
    'apiVersion: v1\nkind: Secret\nmetadata:\n  name: a\ndata:\n  password: cGFzc3dvcmQ=\n  key: |\n    AAAA\n    AAAA\nstringData:\n  plain: "text"\n',
    container('        resources:\n          requests:\n            cpu: 0.5\n            memory: 268435456\n'),
  ],
  invalid: [
    {
      name: 'replicas as a string',
      code: sts('  replicas: "3"\n'),
      errors: [{messageId: 'stringForInteger', path: 'spec.replicas', line: 6, column: 13, endColumn: 16}],
    },
    {
      name: 'replicas with a fraction',
      code: sts('  replicas: 2.5\n'),
      errors: [{messageId: 'fraction', path: 'spec.replicas', line: 6, column: 13}],
    },
    {
      name: 'replicas beyond int32',
      code: sts('  replicas: 99999999999999999999999\n'),
      errors: [{messageId: 'outOfRange', line: 6, column: 13, endColumn: 36}],
    },
    {
      name: 'replicas one past int32',
      code: sts('  replicas: 2147483648\n'),
      errors: [{messageId: 'outOfRange', line: 6, column: 13}],
    },
    {
      name: 'infinity',
      code: container('      terminationGracePeriodSeconds: .inf\n'),
      errors: [{messageId: 'notFinite', path: 'spec.template.spec.terminationGracePeriodSeconds', line: 11, column: 38}],
    },
    {
      name: 'an env value that is a number',
      code: container('        env:\n        - name: PORT\n          value: 8080\n'),
      errors: [{messageId: 'numberForString', path: 'spec.template.spec.containers[0].env[0].value', line: 13, column: 18}],
    },
    {
      name: 'a label value that YAML 1.1 reads as a boolean',
      code: sts('  selector:\n    matchLabels:\n      ha: yes\n'),
      errors: [{messageId: 'yaml11Boolean', path: 'spec.selector.matchLabels.ha', line: 8, column: 11, endColumn: 14}],
    },
    {
      name: 'a label value true',
      code: sts('  template:\n    metadata:\n      labels:\n        canary: true\n'),
      errors: [{messageId: 'booleanForString', line: 9, column: 17}],
    },
    {
      name: 'volumeClaimTemplates as a map',
      code: sts('  volumeClaimTemplates:\n    metadata:\n      name: www\n'),
      errors: [{messageId: 'listExpected', path: 'spec.volumeClaimTemplates', line: 6, column: 3}],
    },
    {
      name: 'a boolean in quotes',
      code: container('      hostNetwork: "true"\n'),
      errors: [{messageId: 'stringForBoolean', line: 11, column: 20}],
    },
    {
      name: 'a fractional port',
      code: container('        ports:\n        - containerPort: 80.5\n'),
      errors: [{messageId: 'fraction', line: 12, column: 26}],
    },
    {
      name: 'an IntOrString with a fraction',
      code: sts('  updateStrategy:\n    rollingUpdate:\n      maxUnavailable: 1.5\n'),
      errors: [{messageId: 'notIntOrString', line: 8, column: 23}],
    },
    {
      name: 'labels as a list',
      code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  labels:\n  - app\n',
      errors: [{messageId: 'mapExpected', path: 'metadata.labels', line: 5, column: 3}],
    },
    {
      name: 'a string where an object goes',
      code: sts('  selector: app=web\n'),
      errors: [{messageId: 'objectExpected', line: 6, column: 13}],
    },
    {
      name: 'Secret data that is not base64',
      code: 'apiVersion: v1\nkind: Secret\nmetadata:\n  name: a\ndata:\n  password: hunter2\n',
      errors: [{messageId: 'notBase64', path: 'data.password', line: 6, column: 13}],
    },
    {
      name: 'a quantity that is a boolean',
      code: container('        resources:\n          limits:\n            memory: yes\n'),
      errors: [{messageId: 'notQuantity', line: 13, column: 21}],
    },
  ],
});

describe('schema-type fixes', () => {
  const first = (code: string) => check(code, {locale: 'en'}).diagnostics.find((d) => d.ruleId === 'schema-type');

  it('quotes a YAML 1.1 boolean as written and explains YAML 1.1', () => {
    const found = first(sts('  selector:\n    matchLabels:\n      ha: yes\n'));
    expect(found?.message).toContain('YAML 1.1');
    expect(found?.fix?.edits).toEqual([{line: 8, column: 11, endLine: 8, endColumn: 14, newText: '"yes"'}]);
  });

  it('quotes a number as written, leading zeros included', () => {
    const found = first(container('        env:\n        - name: MODE\n          value: 0755\n'));
    expect(found?.fix?.edits[0].newText).toBe('"0755"');
  });

  it('removes the quotes around an integer', () => {
    expect(first(sts('  replicas: "3"\n'))?.fix?.edits).toEqual([
      {line: 6, column: 13, endLine: 6, endColumn: 16, newText: '3'},
    ]);
    expect(first(sts("  replicas: 'many'\n"))?.fix).toBeUndefined();
  });

  it('tells the int32 range', () => {
    expect(first(sts('  replicas: 99999999999999999999999\n'))?.message).toContain('2147483647');
  });
});
