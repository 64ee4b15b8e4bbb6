import {ruleById} from '../../../src/checker/rules';
import {testRule} from '../rule-tester';

const {docs} = ruleById('svc-ports-required');
const service = (spec: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n${spec}`;

testRule('svc-ports-required', {
  valid: [
    docs.good,
    service('  ports: [{port: 80}]\n'),
    // Headless through clusterIPs only, and ExternalName.
    service('  clusterIPs: [None]\n'),
    service('  type: ExternalName\n  externalName: db.example.com\n'),
    // Ports of another type are the schema-type rule's; no spec is not judged.
    service('  ports: {port: 80}\n'),
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n',
  ],
  invalid: [
    {
      name: 'docs.bad',
      code: docs.bad,
      errors: [{messageId: 'required', path: 'spec.ports', line: 5, column: 1, endColumn: 5}],
    },
    {
      name: 'an empty list on a NodePort Service',
      code: service('  type: NodePort\n  ports: []\n'),
      errors: [{messageId: 'required', path: 'spec.ports', line: 7, column: 10, endColumn: 12}],
    },
    {
      name: 'clusterIP "none" is not headless',
      code: service('  clusterIP: none\n'),
      errors: [{messageId: 'required', line: 5, column: 1}],
    },
  ],
});
