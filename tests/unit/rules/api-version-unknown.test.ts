import {describe, expect, it} from 'vitest';
import {check} from '../../../src/checker';
import {testRule} from '../rule-tester';

const sts = (apiVersion: string) =>
  `apiVersion: ${apiVersion}\nkind: StatefulSet\nmetadata:\n  name: web\n`;

testRule('api-version-unknown', {
  valid: [
    sts('apps/v1'),
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n',
    'apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRoleBinding\nmetadata:\n  name: web\n',
    // Removed rather than unknown: api-version-removed's to report.
    sts('apps/v1beta1'),
    // The kind is unknown (kind-unknown's); the group version exists.
    'apiVersion: apps/v1\nkind: Statefulset\nmetadata:\n  name: web\n',
  ],
  invalid: [
    {
      name: 'StatefulSet in the core group',
      code: sts('v1'),
      errors: [{messageId: 'kindElsewhere', path: 'apiVersion', line: 1, column: 13, endColumn: 15}],
    },
    {
      name: 'a group without a version',
      code: sts('apps'),
      errors: [{messageId: 'kindElsewhere', line: 1, column: 13}],
    },
    {
      name: 'a dotless group that is not built in',
      code: sts('app/v1'),
      errors: [{messageId: 'kindElsewhere', line: 1, column: 13}],
    },
    {
      name: 'StatefulSet never was in extensions/v1beta1',
      code: sts('extensions/v1beta1'),
      errors: [{messageId: 'kindElsewhere', line: 1, column: 13}],
    },
    {
      name: 'a version that never existed, with an unknown kind',
      code: 'apiVersion: apps/v3\nkind: Thing\nmetadata:\n  name: web\n',
      errors: [{messageId: 'unknown', line: 1, column: 13}],
    },
    {
      name: 'no apiVersion',
      code: 'kind: StatefulSet\nmetadata:\n  name: web\n',
      errors: [{messageId: 'missing', path: 'apiVersion', line: 1, column: 1}],
    },
    {
      name: 'a custom resource is only noted',
      code: 'apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata:\n  name: web\n',
      errors: [{messageId: 'custom', severity: 'info', line: 1, column: 13}],
    },
  ],
});

describe('api-version-unknown suggestions', () => {
  const first = (code: string) =>
    check(code, {locale: 'en'}).diagnostics.find((d) => d.ruleId === 'api-version-unknown');

  it('suggests apps/v1 for a StatefulSet and offers to replace the value', () => {
    const found = first(sts('v1'));
    expect(found?.message).toContain('`apiVersion: apps/v1`');
    expect(found?.fix?.edits).toEqual([{line: 1, column: 13, endLine: 1, endColumn: 15, newText: 'apps/v1'}]);
  });

  it('suggests the served version of the same group', () => {
    expect(first('apiVersion: apps/v3\nkind: Thing\nmetadata:\n  name: a\n')?.message).toContain('`apps/v1`');
    expect(first(sts('autoscaling/v2beta3').replace('StatefulSet', 'HorizontalPodAutoscaler'))?.fix?.edits[0].newText).toBe('autoscaling/v2');
  });

  it('is no error for custom resources', () => {
    const code = 'apiVersion: cert-manager.io/v1\nkind: Certificate\nmetadata:\n  name: a\nspec:\n  anything: [1, 2]\n';
    expect(check(code, {locale: 'en'}).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
