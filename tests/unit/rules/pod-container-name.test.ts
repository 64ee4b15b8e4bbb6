import {expect, it} from 'vitest';
import {check} from '../../../src/checker';
import {ruleById} from '../../../src/checker/rules';
import {testRule} from '../rule-tester';
import {sts} from './statefulset-fixture';

const {docs} = ruleById('pod-container-name');

testRule('pod-container-name', {
  valid: [
    docs.good,
    sts('      containers:\n      - name: a\n        image: x:1\n      initContainers:\n      - name: init-0\n        image: x:1\n'),
    sts(`      containers:\n      - name: ${'a'.repeat(63)}\n        image: x:1\n`),
    // A number is the schema-type rule's to report.
    sts('      containers:\n      - name: 42\n        image: x:1\n'),
    sts('      containers:\n      - oops\n'),
  ],
  invalid: [
    {
      name: 'docs.bad',
      code: docs.bad,
      errors: [{messageId: 'invalid', path: 'spec.template.spec.containers[0].name', line: 14, column: 15, endColumn: 25}],
    },
    {
      name: 'upper case in an init container',
      code: sts('      containers:\n      - name: app\n        image: x:1\n      initContainers:\n      - name: "Init"\n        image: x:1\n'),
      errors: [{messageId: 'invalid', path: 'spec.template.spec.initContainers[0].name', line: 17, column: 15, endColumn: 21}],
    },
    {
      name: 'too long',
      code: sts(`      containers:\n      - name: ${'c'.repeat(64)}\n        image: x:1\n`),
      errors: [{messageId: 'tooLong', line: 14, column: 15, endColumn: 79}],
    },
    {
      name: 'missing and empty',
      code: sts('      containers:\n      - image: x:1\n      - name: ""\n        image: x:1\n'),
      errors: [
        {messageId: 'required', path: 'spec.template.spec.containers[0].name', line: 14, column: 9},
        {messageId: 'required', path: 'spec.template.spec.containers[1].name', line: 15, column: 15},
      ],
    },
    {
      name: 'no fix when the suggestion is taken',
      code: sts('      containers:\n      - name: my-app\n        image: x:1\n      - name: My_App\n        image: x:1\n'),
      errors: [{messageId: 'invalidNoSuggestion', line: 16, column: 15}],
    },
  ],
});

it('offers a rename that keeps the quotes', () => {
  const text = sts('      containers:\n      - name: "Web_1"\n        image: x:1\n');
  const [diagnostic] = check(text, {locale: 'en'}).diagnostics.filter((d) => d.ruleId === 'pod-container-name');
  expect(diagnostic.fix).toEqual({
    title: 'Rename the container to `web-1`',
    edits: [{line: 14, column: 15, endLine: 14, endColumn: 22, newText: '"web-1"'}],
  });
});
