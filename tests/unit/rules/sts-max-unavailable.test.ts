import {exampleStatefulSet} from '../../../src/checker/k8s/statefulset-spec';
import {ruleById} from '../../../src/checker/rules';
import {testRule} from '../rule-tester';

const {docs} = ruleById('sts-max-unavailable');
const maxUnavailable = (value: string, type = 'RollingUpdate') =>
  exampleStatefulSet({
    spec: `  podManagementPolicy: Parallel\n  updateStrategy:\n    type: ${type}\n    rollingUpdate:\n      maxUnavailable: ${value}\n`,
  });
const at = {path: 'spec.updateStrategy.rollingUpdate.maxUnavailable', line: 11, column: 23};

testRule('sts-max-unavailable', {
  valid: [
    docs.good,
    maxUnavailable('null'),
    // With OnDelete the rollingUpdate block is another rule's error.
    maxUnavailable('0', 'OnDelete'),
    // Fractions and booleans fail decoding first: schema-type's.
    maxUnavailable('1.5'),
    maxUnavailable('true'),
  ],
  invalid: [
    {
      name: 'docs.bad: 0',
      code: docs.bad,
      errors: [{messageId: 'zero', severity: 'warning', path: at.path, line: 10, column: 23, endColumn: 24}],
    },
    {
      name: 'a valid percentage is still dropped without the feature gate',
      code: maxUnavailable('50%'),
      errors: [{messageId: 'ignored', severity: 'warning', ...at}],
    },
    {
      name: 'a valid count, too',
      code: maxUnavailable('2'),
      errors: [{messageId: 'ignored', severity: 'warning', ...at}],
    },
    {
      name: '0%',
      code: maxUnavailable('"0%"'),
      errors: [{messageId: 'zero', severity: 'warning', ...at, endColumn: 27}],
    },
    {
      name: 'over 100%',
      code: maxUnavailable('101%'),
      errors: [{messageId: 'overHundred', severity: 'warning', ...at}],
    },
    {
      name: 'negative',
      code: maxUnavailable('-1'),
      errors: [{messageId: 'negative', severity: 'warning', ...at}],
    },
    {
      name: 'a quoted number is a string, and not a percentage',
      code: maxUnavailable('"2"'),
      errors: [{messageId: 'malformed', severity: 'warning', ...at}],
    },
    {
      name: 'type left out: defaulted to RollingUpdate',
      code: exampleStatefulSet({spec: '  updateStrategy:\n    rollingUpdate: {maxUnavailable: 0}\n'}),
      errors: [{messageId: 'zero', severity: 'warning', line: 8, column: 37}],
    },
  ],
});
