import {ruleById} from '../../../src/checker/rules';
import {testRule} from '../rule-tester';
import {sts} from './statefulset-fixture';

const {docs} = ruleById('pod-container-duplicate-name');

testRule('pod-container-duplicate-name', {
  valid: [
    docs.good,
    // Missing and malformed names are pod-container-name's.
    sts('      containers:\n      - image: a:1\n      - image: b:1\n      - name: 7\n        image: c:1\n      - name: 7\n        image: c:1\n'),
  ],
  invalid: [
    {
      name: 'docs.bad',
      code: docs.bad,
      errors: [{messageId: 'duplicate', path: 'spec.template.spec.containers[1].name', line: 16, column: 15, endColumn: 18}],
    },
    {
      name: 'an init container clashes with a container listed after it',
      code: sts('      initContainers:\n      - name: web\n        image: busybox:1.36\n      containers:\n      - name: web\n        image: nginx:1.27\n'),
      errors: [{messageId: 'duplicate', path: 'spec.template.spec.initContainers[0].name', line: 14, column: 15}],
    },
    {
      name: 'three of a kind: two reports',
      code: sts('      containers:\n      - name: a\n        image: x:1\n      - name: a\n        image: x:1\n      - name: a\n        image: x:1\n'),
      errors: [
        {messageId: 'duplicate', path: 'spec.template.spec.containers[1].name', line: 16, column: 15},
        {messageId: 'duplicate', path: 'spec.template.spec.containers[2].name', line: 18, column: 15},
      ],
    },
  ],
});
