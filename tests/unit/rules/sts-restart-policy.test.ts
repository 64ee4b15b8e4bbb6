import {describe, expect, it} from 'vitest';
import {exampleStatefulSet} from '../../../src/checker/k8s/statefulset-spec';
import {ruleById} from '../../../src/checker/rules';
import {fixOnce} from '../apply-fix';
import {testRule} from '../rule-tester';

const {docs} = ruleById('sts-restart-policy');
const podSpec = (line: string) => exampleStatefulSet({podSpec: `      ${line}\n`});

testRule('sts-restart-policy', {
  valid: [
    docs.good,
    // Defaulted to Always before validation.
    podSpec('restartPolicy: ""'),
    podSpec('restartPolicy: null'),
    podSpec('restartPolicy: true'),
    'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: j\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n',
  ],
  invalid: [
    {
      name: 'docs.bad: Never',
      code: docs.bad,
      errors: [{messageId: 'notAlways', path: 'spec.template.spec.restartPolicy', line: 13, column: 22, endColumn: 27}],
    },
    {
      name: 'OnFailure',
      code: podSpec('restartPolicy: OnFailure'),
      errors: [{messageId: 'notAlways', line: 13, column: 22, endColumn: 31}],
    },
    {
      name: 'wrong case',
      code: podSpec('restartPolicy: always'),
      errors: [{messageId: 'notAlways', line: 13, column: 22}],
    },
  ],
});

describe('sts-restart-policy fix', () => {
  it('sets Always', () => {
    expect(fixOnce('sts-restart-policy', docs.bad)).toBe(docs.good);
  });
});
