import {ruleById} from '../../../src/checker/rules';
import {testRule} from '../rule-tester';
import {withClaim} from './statefulset-fixture';

const {docs} = ruleById('vct-storage-class-unknown');

const SPEC = '      accessModes: [ReadWriteOnce]\n      resources: {requests: {storage: 1Gi}}\n';
const FAST = 'apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: fast\nprovisioner: example.com/ssd\n---\n';

testRule('vct-storage-class-unknown', {
  valid: [
    docs.good,
    // No StorageClass in the text: the cluster's classes are unknown.
    withClaim(`      storageClassName: standard\n${SPEC}`),
    FAST + withClaim(`      storageClassName: fast\n${SPEC}`),
    // Unset or empty are other rules' cases.
    FAST + withClaim(SPEC),
    FAST + withClaim(`      storageClassName: ""\n${SPEC}`),
    FAST + withClaim(SPEC, '      name: www\n      annotations:\n        volume.beta.kubernetes.io/storage-class: fast\n'),
  ],
  invalid: [
    {
      name: 'docs.bad',
      code: docs.bad,
      errors: [{messageId: 'unknown', path: 'spec.volumeClaimTemplates[0].spec.storageClassName', line: 31, column: 25, endColumn: 33}],
    },
    {
      name: 'the legacy annotation wins over storageClassName',
      code: FAST + withClaim(`      storageClassName: fast\n${SPEC}`, '      name: www\n      annotations:\n        volume.beta.kubernetes.io/storage-class: slow\n'),
      errors: [{messageId: 'unknown', path: 'spec.volumeClaimTemplates[0].metadata.annotations[volume.beta.kubernetes.io/storage-class]', line: 29, column: 50}],
    },
  ],
});
