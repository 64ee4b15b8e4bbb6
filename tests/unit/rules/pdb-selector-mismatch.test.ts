import {ruleById} from '../../../src/checker/rules';
import {testRule} from '../rule-tester';
import {sts, WEB} from './statefulset-fixture';

const {docs} = ruleById('pdb-selector-mismatch');

/** A PodDisruptionBudget `name` with `selector` (indented by 2); 6 lines + selector. */
const budget = (name: string, selector: string) =>
  `apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: ${name}\nspec:\n  maxUnavailable: 1\n${selector}---\n`;
const deployment = (app: string) =>
  `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${app}\nspec:\n  selector: {matchLabels: {app: ${app}}}\n  template:\n    metadata: {labels: {app: ${app}}}\n    spec:\n      containers: [{name: ${app}, image: "${app}:1.0"}]\n---\n`;

testRule('pdb-selector-mismatch', {
  valid: [
    docs.good,
    budget('web-pdb', '  selector:\n    matchLabels: {app: web}\n') + sts(WEB),
    budget('web-pdb', '  selector:\n    matchExpressions:\n    - {key: app, operator: In, values: [web, db]}\n') + sts(WEB),
    // A budget for another workload of the text.
    budget('web-api-pdb', '  selector:\n    matchLabels: {app: api}\n') + deployment('api') + sts(WEB),
    // A budget for a workload kept elsewhere: nothing ties it to the StatefulSet.
    budget('cache-pdb', '  selector:\n    matchLabels: {app: cache}\n') + sts(WEB),
    // An empty selector selects every Pod.
    budget('web-pdb', '  selector: {}\n') + sts(WEB),
  ],
  invalid: [
    {
      name: 'docs.bad: the selector of the budget',
      code: docs.bad,
      errors: [{messageId: 'mismatch', path: 'spec.selector', line: 7, column: 3, endColumn: 11}],
    },
    {
      name: 'named after the StatefulSet by its selector value',
      code: budget('quorum', '  selector:\n    matchLabels: {app: web-db, name: web}\n') + sts(WEB),
      errors: [{messageId: 'mismatch', line: 7, column: 3}],
    },
    {
      name: 'no selector selects nothing in policy/v1',
      code: budget('web', '') + sts(WEB),
      errors: [{messageId: 'mismatch', path: 'spec.selector', line: 5, column: 1}],
    },
  ],
});
