import {expect, it} from 'vitest';
import {check} from '../../../src/checker';
import {ruleById} from '../../../src/checker/rules';
import {testRule} from '../rule-tester';

const {docs} = ruleById('svc-port-protocol');
const ports = (list: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  clusterIP: None\n  ports:\n${list}`;

testRule('svc-port-protocol', {
  valid: [
    docs.good,
    ports('  - {port: 53, protocol: UDP}\n  - {port: 54, protocol: SCTP}\n  - {port: 55, protocol: ""}\n  - {port: 56, protocol: 6}\n'),
  ],
  invalid: [
    {
      name: 'docs.bad',
      code: docs.bad,
      errors: [{messageId: 'unsupported', path: 'spec.ports[0].protocol', line: 11, column: 15, endColumn: 19}],
    },
    {
      name: 'lower case',
      code: ports('  - {port: 53, protocol: "udp"}\n'),
      errors: [{messageId: 'unsupported', path: 'spec.ports[0].protocol', line: 8, column: 26, endColumn: 31}],
    },
  ],
});

it('fixes the case only', () => {
  const fixes = check(ports('  - {port: 53, protocol: "udp"}\n  - {port: 54, protocol: QUIC}\n'), {locale: 'en'})
    .diagnostics.filter((d) => d.ruleId === 'svc-port-protocol')
    .map((d) => d.fix?.edits[0].newText);
  expect(fixes).toEqual(['"UDP"', undefined]);
});
