import {describe, expect, it} from 'vitest';
import {check} from '../../../src/checker';
import {testRule} from '../rule-tester';

const sts = (apiVersion: string) =>
  `apiVersion: ${apiVersion}\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n`;

testRule('api-version-removed', {
  valid: [
    sts('apps/v1'),
    'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\n',
    'apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\n',
    // Never served at all: api-version-unknown's to report.
    sts('extensions/v1beta1'),
    'apiVersion: monitoring.coreos.com/v1\nkind: ServiceMonitor\nmetadata:\n  name: web\n',
  ],
  invalid: [
    {
      name: 'apps/v1beta1 StatefulSet',
      code: sts('apps/v1beta1'),
      errors: [{messageId: 'removedWorkload', path: 'apiVersion', line: 1, column: 13, endColumn: 25}],
    },
    {
      name: 'apps/v1beta2 StatefulSet after another document',
      code: `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n---\n${sts('apps/v1beta2')}`,
      errors: [{messageId: 'removedWorkload', line: 6, column: 13}],
    },
    {
      name: 'extensions/v1beta1 Deployment',
      code: 'apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata:\n  name: web\n',
      errors: [{messageId: 'removedWorkload', line: 1, column: 13}],
    },
    {
      name: 'policy/v1beta1 PodDisruptionBudget',
      code: 'apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\n',
      errors: [{messageId: 'removed', line: 1, column: 13}],
    },
    {
      name: 'autoscaling/v2beta2 HorizontalPodAutoscaler',
      code: 'apiVersion: "autoscaling/v2beta2"\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: web\n',
      errors: [{messageId: 'removed', line: 1, column: 13, endColumn: 34}],
    },
    {
      name: 'PodSecurityPolicy, gone for good',
      code: 'apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata:\n  name: restricted\n',
      errors: [{messageId: 'removedForGood', line: 1, column: 13}],
    },
  ],
});

describe('api-version-removed messages and fixes', () => {
  it('names the removal release and the version to use, and replaces the value', () => {
    const [found] = check(sts('apps/v1beta1'), {locale: 'en'}).diagnostics.filter(
      (d) => d.ruleId === 'api-version-removed',
    );
    expect(found.message).toContain('1.16');
    expect(found.message).toContain('`apiVersion: apps/v1`');
    expect(found.fix?.edits).toEqual([{line: 1, column: 13, endLine: 1, endColumn: 25, newText: 'apps/v1'}]);
  });

  it('keeps the quotes of a quoted apiVersion', () => {
    const code = 'apiVersion: "policy/v1beta1"\nkind: PodDisruptionBudget\nmetadata:\n  name: web\n';
    const [found] = check(code, {locale: 'zh-TW'}).diagnostics.filter((d) => d.ruleId === 'api-version-removed');
    expect(found.message).toContain('1.25');
    expect(found.fix?.edits[0].newText).toBe('"policy/v1"');
  });
});
