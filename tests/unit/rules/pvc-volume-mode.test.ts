import {expect, it} from 'vitest';
import {check} from '../../../src/checker';
import {ruleById} from '../../../src/checker/rules';
import {testRule} from '../rule-tester';
import {withClaim} from './statefulset-fixture';

const {docs} = ruleById('pvc-volume-mode');
const volumeMode = (mode: string) =>
  withClaim(`      accessModes: [ReadWriteOnce]\n      volumeMode: ${mode}\n      resources: {requests: {storage: 1Gi}}\n`);

testRule('pvc-volume-mode', {
  valid: [docs.good, volumeMode('Block'), volumeMode('null'), volumeMode('1')],
  invalid: [
    {
      name: 'docs.bad',
      code: docs.bad,
      errors: [{messageId: 'unsupported', path: 'spec.volumeClaimTemplates[0].spec.volumeMode', line: 24, column: 19, endColumn: 29}],
    },
    {
      name: 'an empty string is not defaulted',
      code: volumeMode('""'),
      errors: [{messageId: 'unsupported', line: 24, column: 19, endColumn: 21}],
    },
  ],
});

it('fixes the case only', () => {
  const fixesOf = (text: string) =>
    check(text, {locale: 'en'}).diagnostics.filter((d) => d.ruleId === 'pvc-volume-mode').map((d) => d.fix?.edits[0].newText);
  expect(fixesOf(docs.bad)).toEqual(['Filesystem']);
  expect(fixesOf(volumeMode('Raw'))).toEqual([undefined]);
});
