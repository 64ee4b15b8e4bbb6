import {testRule} from '../rule-tester';

testRule('yaml-duplicate-key', {
  valid: ['apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n'],
  invalid: [
    {
      code: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  name: b\n',
      errors: [{messageId: 'duplicate', path: 'metadata.name', line: 5, column: 3}],
    },
  ],
});
