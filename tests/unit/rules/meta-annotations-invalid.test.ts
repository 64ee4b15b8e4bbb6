import {testRule} from '../rule-tester';

const cm = (annotations: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  annotations:\n${annotations}`;

testRule('meta-annotations-invalid', {
  valid: [
    cm('    example.com/owner: "anything = goes, <b>here</b>"\n'),
    // Keys are compared in lower case.
    cm('    Example.COM/Owner: x\n'),
    cm('    kubectl.kubernetes.io/last-applied-configuration: "{}"\n'),
  ],
  invalid: [
    {
      name: 'a key with =',
      code: cm('    NoUppercaseOrSpecialCharsLike=Equals: bar\n'),
      errors: [{messageId: 'key', path: 'metadata.annotations', line: 5, column: 3, endColumn: 14}],
    },
    {
      name: 'an empty prefix',
      code: cm('    /owner: x\n'),
      errors: [{messageId: 'key', line: 5, column: 3}],
    },
    {
      name: 'on a Pod template',
      code: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  template:\n    metadata:\n      annotations:\n        "a b": c\n',
      errors: [{messageId: 'key', path: 'spec.template.metadata.annotations', line: 8, column: 7}],
    },
  ],
});
