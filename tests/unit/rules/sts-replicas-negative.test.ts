import {exampleStatefulSet} from '../../../src/checker/k8s/statefulset-spec';
import {ruleById} from '../../../src/checker/rules';
import {testRule} from '../rule-tester';

const {docs} = ruleById('sts-replicas-negative');
const spec = (line: string) => exampleStatefulSet({spec: `  ${line}\n`});

testRule('sts-replicas-negative', {
  valid: [
    docs.good,
    spec('replicas: 3'),
    spec('replicas: null'),
    // Strings, fractions and overflows are schema-type's: decoding fails first.
    spec('replicas: "-1"'),
    spec('replicas: -1.5'),
    spec('replicas: -1e23'),
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: -1\n',
  ],
  invalid: [
    {
      name: 'docs.bad',
      code: docs.bad,
      errors: [{messageId: 'negative', path: 'spec.replicas', line: 7, column: 13, endLine: 7, endColumn: 15}],
    },
    {
      name: 'int32 minimum',
      code: spec('replicas: -2147483648'),
      errors: [{messageId: 'negative', line: 7, column: 13, endColumn: 24}],
    },
  ],
});
