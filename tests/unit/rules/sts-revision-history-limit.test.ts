import {exampleStatefulSet} from '../../../src/checker/k8s/statefulset-spec';
import {ruleById} from '../../../src/checker/rules';
import {testRule} from '../rule-tester';

const {docs} = ruleById('sts-revision-history-limit');
const spec = (line: string) => exampleStatefulSet({spec: `  ${line}\n`});

testRule('sts-revision-history-limit', {
  valid: [
    docs.good,
    spec('revisionHistoryLimit: 0'),
    spec('revisionHistoryLimit: "-1"'),
    {name: 'ratcheting: stored negative', code: docs.bad, old: spec('revisionHistoryLimit: -5')},
  ],
  invalid: [
    {
      name: 'docs.bad',
      code: docs.bad,
      errors: [{messageId: 'negative', path: 'spec.revisionHistoryLimit', line: 7, column: 25, endColumn: 27}],
    },
    {
      name: 'an update that makes it negative',
      code: docs.bad,
      old: docs.good,
      errors: [{messageId: 'negative', line: 7, column: 25}],
    },
  ],
});
