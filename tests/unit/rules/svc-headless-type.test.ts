import {expect, it} from 'vitest';
import {check} from '../../../src/checker';
import {ruleById} from '../../../src/checker/rules';
import {testRule} from '../rule-tester';

const {docs} = ruleById('svc-headless-type');
const service = (spec: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n${spec}  ports: [{port: 80}]\n`;

testRule('svc-headless-type', {
  valid: [
    docs.good,
    service('  clusterIP: None\n'),
    service('  type: NodePort\n'),
    service('  type: LoadBalancer\n  clusterIP: 10.0.0.10\n'),
  ],
  invalid: [
    {
      name: 'docs.bad',
      code: docs.bad,
      errors: [{messageId: 'conflict', path: 'spec.type', line: 6, column: 9, endColumn: 17}],
    },
    {
      name: 'LoadBalancer, headless through clusterIPs',
      code: service('  type: "LoadBalancer"\n  clusterIPs: [None]\n'),
      errors: [{messageId: 'conflict', path: 'spec.type', line: 6, column: 9, endColumn: 23}],
    },
  ],
});

it('offers type ClusterIP', () => {
  const [diagnostic] = check(docs.bad, {locale: 'zh-TW'}).diagnostics.filter((d) => d.ruleId === 'svc-headless-type');
  expect(diagnostic.fix).toEqual({
    title: '改成 `type: ClusterIP`',
    edits: [{line: 6, column: 9, endLine: 6, endColumn: 17, newText: 'ClusterIP'}],
  });
});
