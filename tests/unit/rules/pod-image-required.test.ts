import {ruleById} from '../../../src/checker/rules';
import {testRule} from '../rule-tester';
import {sts, WEB} from './statefulset-fixture';

const {docs} = ruleById('pod-image-required');

testRule('pod-image-required', {
  valid: [
    docs.good,
    WEB,
    // A blank image is accepted in templates; only Pods reject the spaces.
    sts('      containers:\n      - name: web\n        image: " "\n'),
    // Wrong types are the schema-type rule's.
    sts('      containers:\n      - name: web\n        image: 3\n'),
  ],
  invalid: [
    {
      name: 'docs.bad',
      code: docs.bad,
      errors: [{messageId: 'required', path: 'spec.template.spec.containers[0].image', line: 15, column: 16, endColumn: 18}],
    },
    {
      name: 'no image key: the whole container is the deepest field there is',
      code: sts('      containers:\n      - name: web\n      initContainers:\n      - name: init\n        image:\n'),
      errors: [
        {messageId: 'required', path: 'spec.template.spec.containers[0].image', line: 14, column: 9, endLine: 15},
        {messageId: 'required', path: 'spec.template.spec.initContainers[0].image', line: 17, column: 9},
      ],
    },
    {
      name: 'a nameless container',
      code: sts('      containers:\n      - image: ""\n'),
      errors: [{messageId: 'requiredUnnamed', line: 14, column: 16}],
    },
  ],
});
