import {describe, expect, it} from 'vitest';
import {exampleStatefulSet} from '../../../src/checker/k8s/statefulset-spec';
import {ruleById} from '../../../src/checker/rules';
import {fixOnce} from '../apply-fix';
import {testRule} from '../rule-tester';

const {docs} = ruleById('sts-pvc-retention-policy');
const policy = (lines: string) =>
  exampleStatefulSet({spec: `  persistentVolumeClaimRetentionPolicy:\n${lines}`});

testRule('sts-pvc-retention-policy', {
  valid: [
    docs.good,
    // Empty values are defaulted to Retain.
    policy('    whenDeleted: ""\n    whenScaled: ""\n'),
    exampleStatefulSet({spec: '  persistentVolumeClaimRetentionPolicy: {}\n'}),
    policy('    whenDeleted: Delete\n'),
    policy('    whenDeleted: 1\n'),
  ],
  invalid: [
    {
      name: 'docs.bad',
      code: docs.bad,
      errors: [{messageId: 'invalid', path: 'spec.persistentVolumeClaimRetentionPolicy.whenDeleted', line: 8, column: 18, endColumn: 22}],
    },
    {
      name: 'both wrong, one only in case',
      code: policy('    whenDeleted: delete\n    whenScaled: Remove\n'),
      errors: [
        {messageId: 'wrongCase', path: 'spec.persistentVolumeClaimRetentionPolicy.whenDeleted', line: 8, column: 18},
        {messageId: 'invalid', path: 'spec.persistentVolumeClaimRetentionPolicy.whenScaled', line: 9, column: 17},
      ],
    },
  ],
});

describe('sts-pvc-retention-policy fix', () => {
  it('fixes the case', () => {
    const fixed = fixOnce('sts-pvc-retention-policy', policy("    whenScaled: 'retain'\n"));
    expect(fixed).toBe(policy("    whenScaled: 'Retain'\n"));
  });
});
