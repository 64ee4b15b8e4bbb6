import {expect, it} from 'vitest';
import {check} from '../../../src/checker';
import {ruleById} from '../../../src/checker/rules';
import {testRule} from '../rule-tester';

const {docs} = ruleById('pdb-value-invalid');
const pdb = (spec: string) =>
  `apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: zk\nspec:\n${spec}  selector:\n    matchLabels: {app: zk}\n`;

testRule('pdb-value-invalid', {
  valid: [
    docs.good,
    pdb('  maxUnavailable: 0\n'),
    pdb('  minAvailable: 100%\n'),
    pdb('  minAvailable: "0%"\n'),
    // Fractions and booleans are the schema-type rule's.
    pdb('  minAvailable: 1.5\n'),
    pdb('  minAvailable: true\n'),
  ],
  invalid: [
    {
      name: 'docs.bad',
      code: docs.bad,
      errors: [{messageId: 'over100', path: 'spec.maxUnavailable', line: 6, column: 19, endColumn: 23}],
    },
    {
      name: 'negative',
      code: pdb('  minAvailable: -1\n'),
      errors: [{messageId: 'negative', path: 'spec.minAvailable', line: 6, column: 17, endColumn: 19}],
    },
    {
      name: 'not a percentage',
      code: pdb('  minAvailable: "-10%"\n  maxUnavailable: 1.5%\n'),
      errors: [
        {messageId: 'notPercent', path: 'spec.minAvailable', line: 6, column: 17},
        {messageId: 'notPercent', path: 'spec.maxUnavailable', line: 7, column: 19},
      ],
    },
    {
      name: 'a quoted number',
      code: pdb('  maxUnavailable: "1"\n'),
      errors: [{messageId: 'quotedNumber', path: 'spec.maxUnavailable', line: 6, column: 19, endColumn: 22}],
    },
  ],
});

it('unquotes a quoted number', () => {
  const [diagnostic] = check(pdb("  maxUnavailable: '1'\n"), {locale: 'en'}).diagnostics.filter((d) => d.ruleId === 'pdb-value-invalid');
  expect(diagnostic.fix?.edits).toEqual([{line: 6, column: 19, endLine: 6, endColumn: 22, newText: '1'}]);
});
