import {exampleStatefulSet} from '../../../src/checker/k8s/statefulset-spec';
import {ruleById} from '../../../src/checker/rules';
import {testRule} from '../rule-tester';

const {docs} = ruleById('sts-min-ready-seconds');
const spec = (line: string) => exampleStatefulSet({spec: `  ${line}\n`});

testRule('sts-min-ready-seconds', {
  valid: [docs.good, spec('minReadySeconds: 0'), spec('minReadySeconds: "-5"')],
  invalid: [
    {
      name: 'docs.bad',
      code: docs.bad,
      errors: [{messageId: 'negative', path: 'spec.minReadySeconds', line: 7, column: 20, endColumn: 23}],
    },
  ],
});
