import {exampleStatefulSet} from '../../../src/checker/k8s/statefulset-spec';
import {ruleById} from '../../../src/checker/rules';
import {testRule} from '../rule-tester';

const {docs} = ruleById('sts-partition-negative');
const strategy = (lines: string) => exampleStatefulSet({spec: `  updateStrategy:\n${lines}`});

testRule('sts-partition-negative', {
  valid: [
    docs.good,
    // A partition above replicas is allowed: no Pod is updated.
    exampleStatefulSet({spec: '  replicas: 0\n  updateStrategy:\n    rollingUpdate: {partition: 5}\n'}),
    // With OnDelete or an unknown type, upstream reports the strategy instead.
    strategy('    type: OnDelete\n    rollingUpdate: {partition: -1}\n'),
    strategy('    type: Recreate\n    rollingUpdate: {partition: -1}\n'),
    strategy('    rollingUpdate: {partition: "-1"}\n'),
  ],
  invalid: [
    {
      name: 'docs.bad',
      code: docs.bad,
      errors: [{messageId: 'negative', path: 'spec.updateStrategy.rollingUpdate.partition', line: 10, column: 18, endColumn: 20}],
    },
    {
      name: 'type left out: defaulted to RollingUpdate',
      code: strategy('    rollingUpdate:\n      partition: -1\n'),
      errors: [{messageId: 'negative', line: 9, column: 18}],
    },
    {
      name: 'type ""',
      code: strategy('    type: ""\n    rollingUpdate: {partition: -2}\n'),
      errors: [{messageId: 'negative', line: 9, column: 32, endColumn: 34}],
    },
  ],
});
