import {ruleById} from '../../../src/checker/rules';
import {testRule} from '../rule-tester';
import {sts, WEB} from './statefulset-fixture';

const {docs} = ruleById('sts-termination-grace-zero');

testRule('sts-termination-grace-zero', {
  valid: [
    docs.good,
    sts(WEB),
    sts(`      terminationGracePeriodSeconds: 30\n${WEB}`),
    // A string is the schema-type rule's to report.
    sts(`      terminationGracePeriodSeconds: "0"\n${WEB}`),
  ],
  invalid: [
    {
      name: 'docs.bad',
      code: docs.bad,
      errors: [{messageId: 'zero', path: 'spec.template.spec.terminationGracePeriodSeconds', line: 15, column: 38, endColumn: 39}],
    },
    {
      name: 'after the containers',
      code: sts(`${WEB}      terminationGracePeriodSeconds: 0\n`),
      errors: [{messageId: 'zero', line: 16, column: 38, severity: 'warning'}],
    },
  ],
});
