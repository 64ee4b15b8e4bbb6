import {ruleById} from '../../../src/checker/rules';
import {testRule} from '../rule-tester';
import {sts, WEB} from './statefulset-fixture';

const {docs} = ruleById('pod-port-name');
const ports = (entries: string) => sts(`${WEB}        ports:\n${entries}`);

testRule('pod-port-name', {
  valid: [
    docs.good,
    ports('        - containerPort: 80\n          name: a-b-c1\n        - containerPort: 81\n          name: fifteen-chars-x\n        - containerPort: 82\n'),
    // The same name in two containers is fine (edge-valid/same-port-name-in-two-containers).
    sts('      containers:\n      - name: a\n        image: x:1\n        ports:\n        - {containerPort: 80, name: web}\n      - name: b\n        image: x:1\n        ports:\n        - {containerPort: 81, name: web}\n'),
    ports('        - containerPort: 80\n          name: 8080\n'),
  ],
  invalid: [
    {
      name: 'docs.bad',
      code: docs.bad,
      errors: [{messageId: 'tooLong', path: 'spec.template.spec.containers[0].ports[0].name', line: 17, column: 17, endColumn: 34}],
    },
    {
      name: 'upper case, no letter, double hyphen, hyphen at the end',
      code: ports('        - {containerPort: 80, name: Http}\n        - {containerPort: 81, name: "8080"}\n        - {containerPort: 82, name: a--b}\n        - {containerPort: 83, name: web-}\n'),
      errors: [
        {messageId: 'invalid', path: 'spec.template.spec.containers[0].ports[0].name', line: 17, column: 37, endColumn: 41},
        {messageId: 'invalid', path: 'spec.template.spec.containers[0].ports[1].name', line: 18, column: 37},
        {messageId: 'invalid', path: 'spec.template.spec.containers[0].ports[2].name', line: 19, column: 37},
        {messageId: 'invalid', path: 'spec.template.spec.containers[0].ports[3].name', line: 20, column: 37},
      ],
    },
    {
      name: 'duplicate within one container',
      code: ports('        - containerPort: 80\n          name: web\n        - containerPort: 81\n          name: web\n'),
      errors: [{messageId: 'duplicate', path: 'spec.template.spec.containers[0].ports[1].name', line: 20, column: 17}],
    },
  ],
});
