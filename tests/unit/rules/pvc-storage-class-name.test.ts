import {expect, it} from 'vitest';
import {check} from '../../../src/checker';
import {ruleById} from '../../../src/checker/rules';
import {testRule} from '../rule-tester';
import {withClaim} from './statefulset-fixture';

const {docs} = ruleById('pvc-storage-class-name');
const storageClass = (name: string) =>
  withClaim(`      accessModes: [ReadWriteOnce]\n      storageClassName: ${name}\n      resources: {requests: {storage: 1Gi}}\n`);

testRule('pvc-storage-class-name', {
  valid: [
    docs.good,
    storageClass('""'),
    storageClass('gp3.ebs.csi.aws.com'),
    storageClass('"my-storage-class"'),
    storageClass('null'),
  ],
  invalid: [
    {
      name: 'docs.bad',
      code: docs.bad,
      errors: [{messageId: 'invalid', path: 'spec.volumeClaimTemplates[0].spec.storageClassName', line: 24, column: 25, endColumn: 33}],
    },
    {
      name: 'an underscore',
      code: storageClass('local_path'),
      errors: [{messageId: 'invalid', line: 24, column: 25}],
    },
  ],
});

it('lower-cases the name when that makes it valid', () => {
  const fixOf = (text: string) =>
    check(text, {locale: 'en'}).diagnostics.find((d) => d.ruleId === 'pvc-storage-class-name')?.fix;
  expect(fixOf(storageClass('"Standard"'))?.edits[0].newText).toBe('"standard"');
  expect(fixOf(docs.bad)).toBeUndefined();
});
