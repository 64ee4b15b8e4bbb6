import {expect, it} from 'vitest';
import {check} from '../../../src/checker';
import {testRule} from '../rule-tester';

const headless = `apiVersion: v1
kind: Service
metadata:
  name: nginx
spec:
  clusterIP: None
  selector:
    app: nginx
---
`;

const statefulSet = (serviceName: string) => `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
${serviceName}  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: registry.k8s.io/nginx-slim:0.8
`;

testRule('sts-service-name-unset', {
  valid: [statefulSet('  serviceName: nginx\n'), headless + statefulSet('  serviceName: nginx\n')],
  invalid: [
    {
      name: 'no serviceName and no Service: the spec key',
      code: statefulSet(''),
      errors: [{messageId: 'unset', path: 'spec.serviceName', line: 5, column: 1, endLine: 5, endColumn: 5}],
    },
    {
      name: 'an empty serviceName: the value',
      code: statefulSet('  serviceName: ""\n'),
      errors: [{messageId: 'unset', path: 'spec.serviceName', line: 6, column: 16}],
    },
    {
      name: 'a headless Service selects the Pods: it is suggested',
      code: headless + statefulSet(''),
      errors: [{messageId: 'unsetWithService', line: 14, column: 1, severity: 'warning'}],
    },
  ],
});

it('offers to add serviceName above the first field of spec', () => {
  const [diagnostic] = check(headless + statefulSet(''), {locale: 'en'}).diagnostics.filter(
    (d) => d.ruleId === 'sts-service-name-unset',
  );
  expect(diagnostic.fix?.title).toBe('Set `serviceName: nginx`');
  expect(diagnostic.fix?.edits).toEqual([
    {line: 15, column: 1, endLine: 15, endColumn: 1, newText: '  serviceName: nginx\n'},
  ]);
});

it('offers to fill an empty serviceName, keeping its quotes', () => {
  const [diagnostic] = check(headless + statefulSet('  serviceName: ""\n'), {locale: 'en'}).diagnostics.filter(
    (d) => d.ruleId === 'sts-service-name-unset',
  );
  expect(diagnostic.fix?.edits).toEqual([
    {line: 15, column: 16, endLine: 15, endColumn: 18, newText: '"nginx"'},
  ]);
});
