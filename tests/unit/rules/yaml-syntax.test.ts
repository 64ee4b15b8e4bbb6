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
    {
      name: 'a field indented deeper than the one above it, at the moved line',
      code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n    labels: {}\n',
      errors: [{messageId: 'indentTooDeep', line: 5, column: 1, endLine: 5, endColumn: 5}],
    },
    {
      name: 'a list item field indented too deep',
      code: 'kind: Pod\nspec:\n  containers:\n  - name: a\n      image: b\n',
      errors: [{messageId: 'indentTooDeep', line: 5, column: 1}],
    },
    {
      name: 'a real missing colon stays a missing colon',
      code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name a\n  labels: {}\n',
      errors: [{messageId: 'missingColon', line: 4, column: 3}],
    },
  ],
});
