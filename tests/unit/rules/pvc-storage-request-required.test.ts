import {expect, it} from 'vitest';
import {check} from '../../../src/checker';
import {ruleById} from '../../../src/checker/rules';
import {testRule} from '../rule-tester';
import {withClaim} from './statefulset-fixture';

const {docs} = ruleById('pvc-storage-request-required');
const claim = (resources: string) => withClaim(`      accessModes: [ReadWriteOnce]\n${resources}`);

testRule('pvc-storage-request-required', {
  valid: [
    docs.good,
    claim('      resources: {requests: {storage: 1Gi}, limits: {storage: 2Gi}}\n'),
    // Zero and malformed sizes are other rules' to report.
    claim('      resources: {requests: {storage: 0}}\n'),
    claim('      resources:\n        requests:\n          storage:\n'),
    claim('      resources: {requests: [storage]}\n'),
  ],
  invalid: [
    {
      name: 'docs.bad: a limit alone (corpus vct-storage-under-limits-only)',
      code: docs.bad,
      errors: [{messageId: 'limitsOnly', path: 'spec.volumeClaimTemplates[0].spec.resources.requests.storage', line: 24, column: 7, endColumn: 16}],
    },
    {
      name: 'no resources (corpus vct-storage-request-missing)',
      code: claim(''),
      errors: [{messageId: 'required', path: 'spec.volumeClaimTemplates[0].spec.resources.requests.storage', line: 22, column: 5, endColumn: 9}],
    },
    {
      name: 'requests without storage',
      code: claim('      resources:\n        requests:\n          cpu: 1\n'),
      errors: [{messageId: 'required', line: 25, column: 9, endColumn: 17}],
    },
  ],
});

it('renames a block `limits:` to `requests:`, and nothing else', () => {
  const fixOf = (text: string) =>
    check(text, {locale: 'en'}).diagnostics.find((d) => d.ruleId === 'pvc-storage-request-required')?.fix;
  expect(fixOf(docs.bad)).toEqual({
    title: 'Rename `limits` to `requests`',
    edits: [{line: 25, column: 9, endLine: 25, endColumn: 15, newText: 'requests'}],
  });
  expect(fixOf(claim('      resources: {limits: {storage: 1Gi}}\n'))).toBeUndefined();
  expect(fixOf(claim('      resources:\n        limits:\n          storage: 1Gi\n          cpu: 1\n'))).toBeUndefined();
});
