import {ruleById} from '../../../src/checker/rules';
import {testRule} from '../rule-tester';
import {withClaim} from './statefulset-fixture';

const {docs} = ruleById('pvc-storage-request-positive');
const size = (storage: string) =>
  withClaim(`      accessModes: [ReadWriteOnce]\n      resources:\n        requests:\n          storage: ${storage}\n`);

testRule('pvc-storage-request-positive', {
  valid: [
    docs.good,
    ...['500Mi', '1e3', '1073741824', '0.5Gi', '1m', '"+1Ki"', '.5G'].map(size),
    // Malformed quantities are quantity-format's (corpus vct-quantity-*).
    ...['1 GB', '1gi', '10GiB', '"-"', 'abc'].map(size),
  ],
  invalid: [
    {
      name: 'docs.bad',
      code: docs.bad,
      errors: [{messageId: 'notPositive', path: 'spec.volumeClaimTemplates[0].spec.resources.requests.storage', line: 26, column: 20, endColumn: 23}],
    },
    ...['0', '"0"', '-1Gi', '0e3', '-5', '0.0Mi'].map((storage) => ({
      name: `storage: ${storage}`,
      code: size(storage),
      errors: [{messageId: 'notPositive', line: 26, column: 20}],
    })),
    {
      name: 'storage with no value decodes as zero',
      code: size(''),
      errors: [{messageId: 'notPositive', line: 26, column: 11}],
    },
  ],
});
