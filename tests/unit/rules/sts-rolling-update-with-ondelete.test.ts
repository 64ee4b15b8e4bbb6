import {exampleStatefulSet} from '../../../src/checker/k8s/statefulset-spec';
import {ruleById} from '../../../src/checker/rules';
import {testRule} from '../rule-tester';

const {docs} = ruleById('sts-rolling-update-with-ondelete');
const strategy = (lines: string) => exampleStatefulSet({spec: `  updateStrategy:\n${lines}`});

testRule('sts-rolling-update-with-ondelete', {
  valid: [
    docs.good,
    strategy('    type: RollingUpdate\n    rollingUpdate: {partition: 1}\n'),
    strategy('    rollingUpdate: {partition: 1}\n'),
    strategy('    type: OnDelete\n    rollingUpdate: null\n'),
    strategy('    type: OnDelete\n    rollingUpdate: 3\n'),
  ],
  invalid: [
    {
      name: 'docs.bad',
      code: docs.bad,
      errors: [{messageId: 'withOnDelete', path: 'spec.updateStrategy.rollingUpdate', line: 9, column: 5, endColumn: 18}],
    },
    {
      name: 'an empty block counts',
      code: strategy('    type: OnDelete\n    rollingUpdate: {}\n'),
      errors: [{messageId: 'withOnDelete', line: 9, column: 20, endColumn: 22}],
    },
  ],
});
