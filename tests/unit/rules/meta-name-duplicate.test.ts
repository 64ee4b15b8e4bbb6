import {testRule} from '../rule-tester';

const configMap = (name: string, namespace?: string) =>
  `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: ${name}\n` +
  (namespace ? `  namespace: ${namespace}\n` : '');

testRule('meta-name-duplicate', {
  valid: [
    `${configMap('a')}---\n${configMap('b')}`,
    // Same name, other kind: a Service and its StatefulSet usually share one.
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\n',
    // Same name in two namespaces.
    `${configMap('a', 'team-a')}---\n${configMap('a', 'team-b')}`,
    // Nameless documents are another rule's business.
    'apiVersion: v1\nkind: ConfigMap\n---\napiVersion: v1\nkind: ConfigMap\n',
  ],
  invalid: [
    {
      name: 'the same ConfigMap twice',
      code: `${configMap('a')}---\n${configMap('a')}`,
      errors: [{messageId: 'duplicate', path: 'metadata.name', line: 9, column: 9}],
    },
    {
      name: 'one StatefulSet under two versions of its group',
      code: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\n---\napiVersion: apps/v1beta2\nkind: StatefulSet\nmetadata:\n  name: web\n',
      errors: [{messageId: 'duplicate', line: 9, column: 9}],
    },
    {
      name: 'three copies: the second and third are reported',
      code: `${configMap('a')}---\n${configMap('a')}---\n${configMap('a')}`,
      errors: [
        {messageId: 'duplicate', line: 9, column: 9},
        {messageId: 'duplicate', line: 14, column: 9},
      ],
    },
  ],
});
