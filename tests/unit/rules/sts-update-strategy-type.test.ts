import {describe, expect, it} from 'vitest';
import {exampleStatefulSet} from '../../../src/checker/k8s/statefulset-spec';
import {ruleById} from '../../../src/checker/rules';
import {diagnosticsOf, fixOnce} from '../apply-fix';
import {testRule} from '../rule-tester';

const {docs} = ruleById('sts-update-strategy-type');
const strategy = (type: string) => exampleStatefulSet({spec: `  updateStrategy:\n    type: ${type}\n`});

testRule('sts-update-strategy-type', {
  valid: [
    docs.good,
    strategy('RollingUpdate'),
    // Defaulted to RollingUpdate before validation.
    strategy('""'),
    exampleStatefulSet({spec: '  updateStrategy: {}\n'}),
    strategy('[RollingUpdate]'),
  ],
  invalid: [
    {
      name: 'docs.bad: Recreate',
      code: docs.bad,
      errors: [{messageId: 'recreate', path: 'spec.updateStrategy.type', line: 8, column: 11, endColumn: 19}],
    },
    {
      name: 'wrong case',
      code: strategy('rollingUpdate'),
      errors: [{messageId: 'wrongCase', line: 8, column: 11, endColumn: 24}],
    },
    {
      name: 'not a strategy',
      code: strategy('BlueGreen'),
      errors: [{messageId: 'invalid', line: 8, column: 11}],
    },
  ],
});

describe('sts-update-strategy-type', () => {
  it('fixes the case', () => {
    expect(fixOnce('sts-update-strategy-type', strategy('ondelete'))).toBe(strategy('OnDelete'));
  });

  it('offers no fix for Recreate: which strategy fits is the reader’s call', () => {
    expect(diagnosticsOf('sts-update-strategy-type', docs.bad)[0].fix).toBeUndefined();
  });
});
