import {describe, expect, it} from 'vitest';
import {exampleStatefulSet} from '../../../src/checker/k8s/statefulset-spec';
import {ruleById} from '../../../src/checker/rules';
import {fixOnce} from '../apply-fix';
import {testRule} from '../rule-tester';

const {docs} = ruleById('sts-pod-management-policy');
const spec = (line: string) => exampleStatefulSet({spec: `  ${line}\n`});

testRule('sts-pod-management-policy', {
  valid: [
    docs.good,
    spec('podManagementPolicy: OrderedReady'),
    // Defaulted to OrderedReady before validation.
    spec('podManagementPolicy: ""'),
    spec('podManagementPolicy:'),
    spec('podManagementPolicy: 1'),
  ],
  invalid: [
    {
      name: 'docs.bad: wrong case',
      code: docs.bad,
      errors: [{messageId: 'wrongCase', path: 'spec.podManagementPolicy', line: 7, column: 24, endColumn: 32}],
    },
    {
      name: 'not a policy',
      code: spec('podManagementPolicy: Sequential'),
      errors: [{messageId: 'invalid', line: 7, column: 24, endColumn: 34}],
    },
  ],
});

describe('sts-pod-management-policy fix', () => {
  it('fixes the case', () => {
    expect(fixOnce('sts-pod-management-policy', docs.bad)).toBe(docs.good);
  });
});
