import {describe, expect, it} from 'vitest';
import {check} from '../../../src/checker';
import {testRule} from '../rule-tester';

// A StatefulSet whose spec lines are given; line 5 is `spec:`.
const sts = (spec: string) => `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n${spec}`;
const podSpec = (lines: string) =>
  sts(`  template:\n    spec:\n      containers:\n      - name: app\n        image: nginx:1.27\n${lines}`);

testRule('schema-unknown-field', {
  valid: [
    sts('  serviceName: web\n  replicas: 3\n'),
    // status, claim templates with apiVersion/kind, and null values are all fields.
    sts('  volumeClaimTemplates:\n  - apiVersion: v1\n    kind: PersistentVolumeClaim\n    metadata:\n      name: www\n      creationTimestamp: null\nstatus:\n  replicas: 0\n'),
    // Free-form content: CRD schemas and custom resources.
    'apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata:\n  name: a.example.com\nspec:\n  versions:\n  - name: v1\n    schema:\n      openAPIV3Schema:\n        type: object\n        x-kubernetes-preserve-unknown-fields: true\n',
    'apiVersion: example.com/v1\nkind: Widget\nmetadata:\n  name: a\nspec:\n  whatever: 1\n',
  ],
  invalid: [
    {
      name: 'serviceNmae',
      code: sts('  serviceNmae: web\n'),
      errors: [{messageId: 'didYouMean', path: 'spec.serviceNmae', line: 6, column: 16}],
    },
    {
      name: 'matchlabels in lower case',
      code: sts('  selector:\n    matchlabels:\n      app: web\n'),
      errors: [{messageId: 'didYouMean', path: 'spec.selector.matchlabels', line: 7, column: 5, endColumn: 16}],
    },
    {
      name: 'volumeClaimTemplate in the singular',
      code: sts('  volumeClaimTemplate:\n  - metadata:\n      name: www\n'),
      errors: [{messageId: 'didYouMean', path: 'spec.volumeClaimTemplate', line: 6, column: 3}],
    },
    {
      name: 'volumeClaimTemplates under the Pod spec',
      code: podSpec('      volumeClaimTemplates:\n      - metadata:\n          name: www\n'),
      errors: [{messageId: 'misplaced', path: 'spec.template.spec.volumeClaimTemplates', line: 11, column: 7}],
    },
    {
      name: 'volumeMount in a container',
      code: podSpec('        volumeMount:\n        - name: www\n          mountPath: /data\n'),
      errors: [{messageId: 'didYouMean', path: 'spec.template.spec.containers[0].volumeMount', line: 11, column: 9}],
    },
    {
      name: 'labels beside metadata',
      code: sts('  template:\n    labels:\n      app: web\n'),
      errors: [{messageId: 'misplaced', path: 'spec.template.labels', line: 7, column: 5}],
    },
    {
      name: 'metadata indented into spec',
      code: sts('  metadata:\n    name: web\n'),
      errors: [{messageId: 'misplacedTopLevel', path: 'spec.metadata', line: 6, column: 3}],
    },
    {
      name: 'a field of nothing nearby',
      code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\nx-bomb: 1\n',
      errors: [{messageId: 'unknown', path: 'x-bomb', line: 5, column: 9}],
    },
    {
      name: 'a Deployment-only field',
      code: sts('  strategy:\n    type: RollingUpdate\n'),
      errors: [{messageId: 'unknown', path: 'spec.strategy', line: 6, column: 3}],
    },
  ],
});

describe('schema-unknown-field suggestions and fixes', () => {
  const first = (code: string) =>
    check(code, {locale: 'en'}).diagnostics.find((d) => d.ruleId === 'schema-unknown-field');

  it('renames a misspelled key in place', () => {
    const found = first(sts('  serviceNmae: web\n'));
    expect(found?.message).toContain('`serviceName`');
    expect(found?.fix?.edits).toEqual([{line: 6, column: 3, endLine: 6, endColumn: 14, newText: 'serviceName'}]);
  });

  it('offers no rename when the right key is already there', () => {
    const found = first(sts('  serviceName: web\n  servicename: web\n'));
    expect(found?.messageId).toBe('didYouMean');
    expect(found?.fix).toBeUndefined();
  });

  it('says where a misplaced field belongs', () => {
    const found = first(podSpec('      volumeClaimTemplates: []\n'));
    expect(found?.message).toContain('not a field of PodSpec: it belongs to StatefulSetSpec at `spec`');
    const zh = check(podSpec('      volumeClaimTemplates: []\n'), {locale: 'zh-TW'}).diagnostics.find(
      (d) => d.ruleId === 'schema-unknown-field',
    );
    expect(zh?.message).toContain('`spec` 的 StatefulSetSpec');
  });
});
