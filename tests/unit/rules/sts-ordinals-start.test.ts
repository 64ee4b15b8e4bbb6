import {exampleStatefulSet} from '../../../src/checker/k8s/statefulset-spec';
import {ruleById} from '../../../src/checker/rules';
import {testRule} from '../rule-tester';

const {docs} = ruleById('sts-ordinals-start');
const spec = (lines: string) => exampleStatefulSet({spec: lines});

testRule('sts-ordinals-start', {
  valid: [docs.good, spec('  ordinals: {start: 0}\n'), spec('  ordinals: {}\n'), spec('  ordinals: -1\n')],
  invalid: [
    {
      name: 'docs.bad',
      code: docs.bad,
      errors: [{messageId: 'negative', path: 'spec.ordinals.start', line: 8, column: 12, endColumn: 14}],
    },
    {
      name: 'flow style',
      code: spec('  ordinals: {start: -3}\n'),
      errors: [{messageId: 'negative', path: 'spec.ordinals.start', line: 7, column: 21, endColumn: 23}],
    },
  ],
});
