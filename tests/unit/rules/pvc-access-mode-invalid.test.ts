import {expect, it} from 'vitest';
import {check} from '../../../src/checker';
import {ruleById} from '../../../src/checker/rules';
import {testRule} from '../rule-tester';
import {withClaim} from './statefulset-fixture';

const {docs} = ruleById('pvc-access-mode-invalid');
const storage = '      resources: {requests: {storage: 1Gi}}\n';
const modes = (list: string) => withClaim(`      accessModes: ${list}\n${storage}`);

testRule('pvc-access-mode-invalid', {
  valid: [
    docs.good,
    modes('[ReadWriteOnce, ReadOnlyMany, ReadWriteMany]'),
    modes('[ReadWriteOncePod]'),
    modes('[ReadWriteOncePod, ReadWriteOncePod]'),
    // Missing modes are pvc-access-modes-required's; other types schema-type's.
    modes('[]'),
    modes('[1]'),
  ],
  invalid: [
    {
      name: 'docs.bad',
      code: docs.bad,
      errors: [{messageId: 'unsupportedSuggest', path: 'spec.volumeClaimTemplates[0].spec.accessModes[0]', line: 23, column: 21, endColumn: 33}],
    },
    {
      name: 'ReadWriteOncePod with another mode (corpus vct-access-mode-rwop-combined)',
      code: modes('[ "ReadWriteOncePod", "ReadWriteOnce" ]'),
      errors: [{messageId: 'rwopCombined', path: 'spec.volumeClaimTemplates[0].spec.accessModes', line: 23, column: 20, endColumn: 59}],
    },
    {
      name: 'an unknown mode next to ReadWriteOncePod does not count as another mode',
      code: modes('[ReadWriteOncePod, Shared]'),
      errors: [{messageId: 'unsupported', path: 'spec.volumeClaimTemplates[0].spec.accessModes[1]', line: 23, column: 39}],
    },
    {
      name: 'block list, wrong case',
      code: withClaim(`      accessModes:\n      - readwriteonce\n${storage}`),
      errors: [{messageId: 'unsupportedSuggest', path: 'spec.volumeClaimTemplates[0].spec.accessModes[0]', line: 24, column: 9}],
    },
  ],
});

it('fixes case and typos, keeping quotes', () => {
  const fixes = check(modes('["RWO", "readWriteMany", ReadWriteOne]'), {locale: 'en'})
    .diagnostics.filter((d) => d.ruleId === 'pvc-access-mode-invalid')
    .map((d) => d.fix?.edits[0].newText);
  expect(fixes).toEqual([undefined, '"ReadWriteMany"', 'ReadWriteOnce']);
});
