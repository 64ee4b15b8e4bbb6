import {ruleById} from '../../../src/checker/rules';
import {testRule} from '../rule-tester';

const {docs} = ruleById('pod-containers-required');

const head = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: web
  selector:
    matchLabels: {app: web}
`;

testRule('pod-containers-required', {
  valid: [
    docs.good,
    // Wrong types are the schema-type rule's to report.
    `${head}  template: oops\n`,
    `${head}  template:\n    spec: []\n`,
    `${head}  template:\n    spec:\n      containers: {name: web}\n`,
    // No spec at all: the StatefulSet rules say so.
    'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\n',
    'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers: []\n',
  ],
  invalid: [
    {
      name: 'docs.bad',
      code: docs.bad,
      errors: [{messageId: 'required', path: 'spec.template.spec.containers', line: 13, column: 19, endColumn: 21}],
    },
    {
      name: 'no containers key',
      code: `${head}  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      restartPolicy: Always\n`,
      errors: [{messageId: 'required', path: 'spec.template.spec.containers', line: 12, column: 5}],
    },
    {
      name: 'no template: reported at the deepest field there is',
      code: head,
      errors: [{messageId: 'required', path: 'spec.template.spec.containers', line: 5, column: 1}],
    },
    {
      name: 'containers: null',
      code: `${head}  template:\n    spec:\n      containers:\n`,
      errors: [{messageId: 'required', line: 11, column: 7}],
    },
  ],
});
