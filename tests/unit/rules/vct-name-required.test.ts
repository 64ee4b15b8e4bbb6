import {ruleById} from '../../../src/checker/rules';
import {testRule} from '../rule-tester';
import {sts, WEB, withClaim} from './statefulset-fixture';

const {docs} = ruleById('vct-name-required');
const spec = '      accessModes: [ReadWriteOnce]\n      resources: {requests: {storage: 1Gi}}\n';

testRule('vct-name-required', {
  valid: [
    docs.good,
    // A name of another type is the schema-type rule's.
    withClaim(spec, '      name: 42\n'),
    sts(WEB, '  volumeClaimTemplates: [oops]\n'),
  ],
  invalid: [
    {
      name: 'docs.bad (corpus vct-name-missing)',
      code: docs.bad,
      errors: [{messageId: 'required', path: 'spec.volumeClaimTemplates[0].metadata.name', line: 17, column: 5, endColumn: 13}],
    },
    {
      name: 'an empty name',
      code: withClaim(spec, '      name: ""\n'),
      errors: [{messageId: 'required', line: 21, column: 13, endColumn: 15}],
    },
    {
      name: 'no metadata at all',
      code: sts(WEB, `  volumeClaimTemplates:\n  - spec:\n${spec}`),
      errors: [{messageId: 'required', path: 'spec.volumeClaimTemplates[0].metadata.name', line: 17, column: 5}],
    },
  ],
});
