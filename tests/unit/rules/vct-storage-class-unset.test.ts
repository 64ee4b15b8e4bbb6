import {expect, it} from 'vitest';
import {ruleById} from '../../../src/checker/rules';
import {diagnosticsOf, fixOnce} from '../apply-fix';
import {testRule} from '../rule-tester';
import {withClaim} from './statefulset-fixture';

const {docs} = ruleById('vct-storage-class-unset');

const SPEC = '      accessModes: [ReadWriteOnce]\n      resources: {requests: {storage: 1Gi}}\n';
const storageClass = (name: string, metadata = '') =>
  `apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: ${name}\n${metadata}provisioner: example.com/ssd\n---\n`;

testRule('vct-storage-class-unset', {
  valid: [
    docs.good,
    withClaim(SPEC),
    storageClass('fast') + withClaim(`      storageClassName: fast\n${SPEC}`),
    // The legacy annotation counts as a reference.
    storageClass('fast') + withClaim(SPEC, '      name: www\n      annotations:\n        volume.beta.kubernetes.io/storage-class: fast\n'),
    // A class marked as the default is what an unset claim gets.
    storageClass('fast', '  annotations:\n    storageclass.kubernetes.io/is-default-class: "true"\n') + withClaim(SPEC),
  ],
  invalid: [
    {
      name: 'docs.bad: the claim spec',
      code: docs.bad,
      errors: [{messageId: 'unset', path: 'spec.volumeClaimTemplates[0].spec.storageClassName', line: 32, column: 5}],
    },
    {
      name: 'two unused classes',
      code: storageClass('fast') + storageClass('slow') + withClaim(SPEC),
      errors: [{messageId: 'unset', line: 34, column: 5}],
    },
  ],
});

it('sets the one unused class as the first field of the claim spec', () => {
  expect(fixOnce('vct-storage-class-unset', docs.bad)).toBe(docs.good);
});

it('quotes a class name YAML would read as a number, and offers no fix for two classes', () => {
  expect(fixOnce('vct-storage-class-unset', storageClass('"0644"') + withClaim(SPEC))).toContain(
    '    spec:\n      storageClassName: "0644"\n      accessModes',
  );
  const [diagnostic] = diagnosticsOf('vct-storage-class-unset', storageClass('a') + storageClass('b') + withClaim(SPEC));
  expect(diagnostic.fix).toBeUndefined();
  expect(diagnostic.message).toContain('`a`, `b`');
});
