import {testRule} from '../rule-tester';

testRule('yaml-syntax', {
  valid: ['apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n'],
  invalid: [
    {
      name: 'tab indentation',
      code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n\tname: a\n',
      errors: [{messageId: 'tab', line: 4, column: 1}],
    },
    {
      name: 'unclosed quote, reported once',
      code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: "a\n  labels: {}\n',
      errors: [{messageId: 'unclosed', line: 4, column: 9}],
    },
  ],
});
