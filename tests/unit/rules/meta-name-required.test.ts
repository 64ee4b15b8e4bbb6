import {testRule} from '../rule-tester';

testRule('meta-name-required', {
  valid: [
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n',
    'apiVersion: batch/v1\nkind: Job\nmetadata:\n  generateName: run-\n',
    // Requests the API server answers without storing need no name.
    'apiVersion: authorization.k8s.io/v1\nkind: SelfSubjectAccessReview\nspec:\n  resourceAttributes:\n    verb: get\n',
    // Not an object at all (no apiVersion, no kind): other rules say so.
    'replicaCount: 3\nimage:\n  tag: latest\n',
  ],
  invalid: [
    {
      name: 'metadata without a name',
      code: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  labels:\n    app: web\nspec: {}\n',
      errors: [{messageId: 'requiredStatefulSet', path: 'metadata.name', line: 3, column: 1, endColumn: 9}],
    },
    {
      name: 'an empty name',
      code: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: ""\n',
      errors: [{messageId: 'empty', path: 'metadata.name', line: 4, column: 9}],
    },
    {
      name: 'no metadata at all, in the second document',
      code: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n---\napiVersion: v1\nkind: ConfigMap\ndata: {}\n',
      errors: [{messageId: 'required', line: 6, column: 1}],
    },
  ],
});
