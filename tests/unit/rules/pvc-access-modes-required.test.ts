import {ruleById} from '../../../src/checker/rules';
import {testRule} from '../rule-tester';
import {sts, WEB, withClaim} from './statefulset-fixture';

const {docs} = ruleById('pvc-access-modes-required');
const storage = '      resources: {requests: {storage: 1Gi}}\n';

testRule('pvc-access-modes-required', {
  valid: [
    docs.good,
    withClaim(`      accessModes: [ReadWriteOncePod]\n${storage}`),
    // A string is the schema-type rule's.
    withClaim(`      accessModes: ReadWriteOnce\n${storage}`),
    sts(WEB, '  volumeClaimTemplates: []\n'),
  ],
  invalid: [
    {
      name: 'docs.bad',
      code: docs.bad,
      errors: [{messageId: 'required', path: 'spec.volumeClaimTemplates[0].spec.accessModes', line: 22, column: 5, endColumn: 9}],
    },
    {
      name: 'an empty list',
      code: withClaim(`      accessModes: []\n${storage}`),
      errors: [{messageId: 'required', path: 'spec.volumeClaimTemplates[0].spec.accessModes', line: 23, column: 20, endColumn: 22}],
    },
    {
      name: 'a claim template without a spec',
      code: sts(WEB, '  volumeClaimTemplates:\n  - metadata: {name: www}\n'),
      errors: [{messageId: 'required', path: 'spec.volumeClaimTemplates[0].spec.accessModes', line: 17, column: 5}],
    },
  ],
});
