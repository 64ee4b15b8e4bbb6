import {ruleById} from '../../../src/checker/rules';
import {testRule} from '../rule-tester';
import {withClaim} from './statefulset-fixture';

const {docs} = ruleById('vct-storage-class-empty');

const SPEC = '      accessModes: [ReadWriteOnce]\n      resources: {requests: {storage: 1Gi}}\n';

testRule('vct-storage-class-empty', {
  valid: [docs.good, withClaim(SPEC), withClaim(`      storageClassName: fast\n${SPEC}`)],
  invalid: [
    {
      name: 'docs.bad',
      code: docs.bad,
      errors: [{messageId: 'empty', path: 'spec.volumeClaimTemplates[0].spec.storageClassName', line: 25, column: 25, endColumn: 27}],
    },
    {
      name: 'through the legacy annotation',
      code: withClaim(SPEC, `      name: www\n      annotations:\n        volume.beta.kubernetes.io/storage-class: ""\n`),
      errors: [
        {
          messageId: 'empty',
          path: 'spec.volumeClaimTemplates[0].metadata.annotations[volume.beta.kubernetes.io/storage-class]',
          line: 23,
          column: 50,
        },
      ],
    },
  ],
});
