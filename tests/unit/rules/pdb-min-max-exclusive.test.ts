import {ruleById} from '../../../src/checker/rules';
import {testRule} from '../rule-tester';

const {docs} = ruleById('pdb-min-max-exclusive');
const pdb = (spec: string) =>
  `apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: zk\nspec:\n${spec}  selector:\n    matchLabels: {app: zk}\n`;

testRule('pdb-min-max-exclusive', {
  valid: [docs.good, pdb('  minAvailable: 50%\n'), pdb(''), pdb('  minAvailable: 2\n  maxUnavailable: null\n')],
  invalid: [
    {
      name: 'docs.bad',
      code: docs.bad,
      errors: [{messageId: 'both', path: 'spec.maxUnavailable', line: 7, column: 19, endColumn: 20}],
    },
    {
      name: 'the second field written is underlined',
      code: pdb('  maxUnavailable: 1\n  minAvailable: "50%"\n'),
      errors: [{messageId: 'both', path: 'spec.minAvailable', line: 7, column: 17}],
    },
    {
      name: 'values of the wrong type are still both set',
      code: pdb('  minAvailable: {a: 1}\n  maxUnavailable: [1]\n'),
      errors: [{messageId: 'both', path: 'spec.maxUnavailable', line: 7, column: 19}],
    },
  ],
});
