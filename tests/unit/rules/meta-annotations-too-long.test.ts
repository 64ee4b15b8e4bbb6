import {testRule} from '../rule-tester';

const cm = (annotations: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n  annotations:\n${annotations}`;
const KIB = 1024;

testRule('meta-annotations-too-long', {
  valid: [
    cm(`    blob: "${'A'.repeat(200 * KIB)}"\n`),
    // 256 KiB exactly, keys included.
    cm(`    k: "${'A'.repeat(256 * KIB - 1)}"\n`),
  ],
  invalid: [
    {
      name: 'one large value',
      code: cm(`    blob: "${'A'.repeat(300 * KIB)}"\n`),
      errors: [{messageId: 'tooLong', path: 'metadata.annotations', line: 5, column: 3}],
    },
    {
      name: 'one byte too many, in multi-byte characters',
      code: cm(`    k: "${'é'.repeat(128 * KIB)}"\n`),
      errors: [{messageId: 'tooLong', line: 5, column: 3}],
    },
    {
      name: 'many values together, on a Pod template',
      code: `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  template:\n    metadata:\n      annotations:\n${Array.from({length: 3}, (_, i) => `        k${i}: "${'A'.repeat(100 * KIB)}"\n`).join('')}`,
      errors: [{messageId: 'tooLong', path: 'spec.template.metadata.annotations', line: 8, column: 7}],
    },
  ],
});
