import {testRule} from '../rule-tester';

const KIB = 1024;
const cm = (bytes: number) => `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  blob: "${'A'.repeat(bytes)}"\n`;
const envList = (count: number) =>
  `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n      containers:\n      - name: app\n        env:\n${Array.from({length: count}, (_, i) => `        - name: VAR_${i}\n          value: "${'x'.repeat(40)}"\n`).join('')}`;

testRule('object-too-large', {
  valid: [cm(200 * KIB), envList(100)],
  invalid: [
    {
      name: 'over 256 KiB: client-side apply fails',
      code: cm(300 * KIB),
      errors: [{messageId: 'tooLargeToApply', severity: 'warning', path: '', line: 1, column: 1}],
    },
    {
      name: 'over 1.5 MiB: etcd refuses it',
      code: envList(25_000),
      errors: [{messageId: 'tooLarge', severity: 'error', path: '', line: 1, column: 1}],
    },
    {
      name: 'only the large document of several',
      code: `apiVersion: v1\nkind: Service\nmetadata:\n  name: a\n---\n${cm(1600 * KIB)}`,
      errors: [{messageId: 'tooLarge', line: 6, column: 1}],
    },
  ],
});
