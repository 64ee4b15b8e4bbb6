import {expect, it} from 'vitest';
import {ruleById} from '../../../src/checker/rules';
import {diagnosticsOf, fixOnce} from '../apply-fix';
import {testRule} from '../rule-tester';
import {sts, WEB} from './statefulset-fixture';

const {docs} = ruleById('svc-not-headless');

/** A Service `web` whose spec holds `spec` (indented by 2): 8 lines + `spec`. */
const service = (spec: string) =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n${spec}  selector:\n    app: web\n---\n`;

testRule('svc-not-headless', {
  valid: [
    docs.good,
    service('  clusterIP: None\n') + sts(WEB),
    // No Service in the text: sts-service-missing's case.
    sts(WEB),
    // A Service of another namespace is not the governing one.
    service('').replace('  name: web\n', '  name: web\n  namespace: other\n') + sts(WEB),
  ],
  invalid: [
    {
      name: 'docs.bad',
      code: docs.bad,
      errors: [{messageId: 'unset', path: 'spec.serviceName', line: 16, column: 16, endColumn: 21}],
    },
    {
      name: 'a cluster IP',
      code: service('  clusterIP: 10.96.0.20\n') + sts(WEB),
      errors: [{messageId: 'notNone', path: 'spec.serviceName', line: 15, column: 16}],
    },
    {
      name: 'the Service after the StatefulSet',
      code: `${sts(WEB)}---\n${service('')}`,
      errors: [{messageId: 'unset', line: 6, column: 16}],
    },
  ],
});

it('adds clusterIP: None above the first field of the Service spec', () => {
  expect(fixOnce('svc-not-headless', service('  ports:\n  - port: 80\n') + sts(WEB))).toBe(
    service('  clusterIP: None\n  ports:\n  - port: 80\n') + sts(WEB),
  );
});

it('replaces a cluster IP, keeping its quotes', () => {
  expect(fixOnce('svc-not-headless', service('  clusterIP: "10.96.0.20"\n') + sts(WEB))).toBe(
    service('  clusterIP: "None"\n') + sts(WEB),
  );
});

it('adds clusterIP: None to a flow-style Service on a line of its own', () => {
  const flow = (fields: string) =>
    `{\n  apiVersion: v1,\n  kind: Service,\n  metadata: {name: web},\n  spec: {\n${fields}    selector: {app: web},\n  },\n}\n---\n`;
  expect(fixOnce('svc-not-headless', flow('') + sts(WEB))).toBe(flow('    clusterIP: None,\n') + sts(WEB));
});

it('adds clusterIP: None inside a one-line flow mapping', () => {
  const code = `apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec: {selector: {app: web}}\n---\n${sts(WEB)}`;
  expect(fixOnce('svc-not-headless', code)).toContain('spec: {clusterIP: None, selector: {app: web}}');
});

it('offers no fix where the Service comes later, or is not of type ClusterIP', () => {
  expect(diagnosticsOf('svc-not-headless', `${sts(WEB)}---\n${service('')}`)[0].fix).toBeUndefined();
  expect(diagnosticsOf('svc-not-headless', service('  type: NodePort\n') + sts(WEB))[0].fix).toBeUndefined();
});
