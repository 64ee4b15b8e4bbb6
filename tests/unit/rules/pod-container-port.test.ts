import {expect, it} from 'vitest';
import {check} from '../../../src/checker';
import {ruleById} from '../../../src/checker/rules';
import {testRule} from '../rule-tester';
import {sts, WEB} from './statefulset-fixture';

const {docs} = ruleById('pod-container-port');
const ports = (entries: string) => sts(`${WEB}        ports:\n${entries}`);

testRule('pod-container-port', {
  valid: [
    docs.good,
    ports('        - containerPort: 1\n        - containerPort: 65535\n          hostPort: 65535\n          protocol: SCTP\n'),
    ports('        - containerPort: 80\n          hostPort: 0\n          protocol: ""\n'),
    // Strings, fractions and int32 overflows are the schema-type rule's.
    ports('        - containerPort: "80"\n        - containerPort: 80.5\n        - containerPort: 99999999999\n'),
  ],
  invalid: [
    {
      name: 'docs.bad',
      code: docs.bad,
      errors: [{messageId: 'outOfRange', path: 'spec.template.spec.containers[0].ports[0].containerPort', line: 17, column: 26, endColumn: 31}],
    },
    {
      name: 'missing, zero, negative',
      code: ports('        - name: http\n        - containerPort: 0\n        - containerPort: -1\n'),
      errors: [
        {messageId: 'required', path: 'spec.template.spec.containers[0].ports[0].containerPort', line: 17, column: 11},
        {messageId: 'required', path: 'spec.template.spec.containers[0].ports[1].containerPort', line: 18, column: 26},
        {messageId: 'outOfRange', path: 'spec.template.spec.containers[0].ports[2].containerPort', line: 19, column: 26},
      ],
    },
    {
      name: 'hostPort and protocol',
      code: ports('        - containerPort: 80\n          hostPort: 70000\n          protocol: tcp\n        - containerPort: 81\n          protocol: HTTP\n'),
      errors: [
        {messageId: 'hostPortOutOfRange', path: 'spec.template.spec.containers[0].ports[0].hostPort', line: 18, column: 21},
        {messageId: 'protocol', path: 'spec.template.spec.containers[0].ports[0].protocol', line: 19, column: 21},
        {messageId: 'protocol', path: 'spec.template.spec.containers[0].ports[1].protocol', line: 21, column: 21},
      ],
    },
  ],
});

it('fixes the case of a protocol, and only that', () => {
  const text = ports('        - containerPort: 80\n          protocol: udp\n        - containerPort: 81\n          protocol: HTTP\n');
  const found = check(text, {locale: 'en'}).diagnostics.filter((d) => d.ruleId === 'pod-container-port');
  expect(found.map((d) => d.fix)).toEqual([
    {title: 'Write `UDP`', edits: [{line: 18, column: 21, endLine: 18, endColumn: 24, newText: 'UDP'}]},
    undefined,
  ]);
});
