import {expect, it} from 'vitest';
import {check} from '../../../src/checker';
import {ruleById} from '../../../src/checker/rules';
import {testRule} from '../rule-tester';

const {docs} = ruleById('svc-port-number');
const ports = (list: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  clusterIP: None\n  ports:\n${list}`;

testRule('svc-port-number', {
  valid: [
    docs.good,
    ports('  - port: 1\n    targetPort: 65535\n  - port: 65535\n    targetPort: http-alt\n'),
    // 0 and "" are defaulted to `port`.
    ports('  - port: 80\n    targetPort: 0\n  - port: 81\n    targetPort: ""\n'),
    // Strings and fractions in `port` are the schema-type rule's.
    ports('  - port: "80"\n  - port: 80.5\n'),
  ],
  invalid: [
    {
      name: 'docs.bad',
      code: docs.bad,
      errors: [{messageId: 'targetPortQuoted', path: 'spec.ports[0].targetPort', line: 11, column: 17, endColumn: 23}],
    },
    {
      name: 'port missing, zero, too large',
      code: ports('  - name: a\n  - port: 0\n  - port: 65536\n'),
      errors: [
        {messageId: 'portMissing', path: 'spec.ports[0].port', line: 8, column: 5},
        {messageId: 'port', path: 'spec.ports[1].port', line: 9, column: 11},
        {messageId: 'port', path: 'spec.ports[2].port', line: 10, column: 11, endColumn: 16},
      ],
    },
    {
      name: 'targetPort out of range and a bad name',
      code: ports('  - port: 80\n    targetPort: -1\n  - port: 81\n    targetPort: Web_UI\n'),
      errors: [
        {messageId: 'targetPort', path: 'spec.ports[0].targetPort', line: 9, column: 17},
        {messageId: 'targetPortName', path: 'spec.ports[1].targetPort', line: 11, column: 17},
      ],
    },
  ],
});

it('unquotes a quoted number', () => {
  const [diagnostic] = check(docs.bad, {locale: 'en'}).diagnostics.filter((d) => d.ruleId === 'svc-port-number');
  expect(diagnostic.fix).toEqual({
    title: 'Write 8080 as a number',
    edits: [{line: 11, column: 17, endLine: 11, endColumn: 23, newText: '8080'}],
  });
});
