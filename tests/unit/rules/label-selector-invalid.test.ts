import {describe, expect, it} from 'vitest';
import {exampleStatefulSet} from '../../../src/checker/k8s/statefulset-spec';
import {ruleById} from '../../../src/checker/rules';
import {diagnosticsOf, fixOnce} from '../apply-fix';
import {testRule} from '../rule-tester';

const {docs} = ruleById('label-selector-invalid');
const withSelector = (lines: string) =>
  exampleStatefulSet().replace('  selector:\n    matchLabels: {app: web}\n', lines);
const expression = (text: string) => withSelector(`  selector:\n    matchExpressions:\n    - ${text}\n`);
const pdb = (selector: string) =>
  `apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  maxUnavailable: 1\n  selector: ${selector}\n`;

testRule('label-selector-invalid', {
  valid: [
    docs.good,
    expression('{key: app, operator: NotIn, values: [db, cache]}'),
    expression('{key: app.kubernetes.io/name, operator: Exists}'),
    expression('{key: canary, operator: DoesNotExist, values: []}'),
    withSelector('  selector:\n    matchLabels: {app.kubernetes.io/name: web, tier: ""}\n'),
    pdb('{matchLabels: {app: web}}'),
    // Wrong JSON types fail decoding first: schema-type's.
    expression('{key: app, operator: 5, values: [web]}'),
    withSelector('  selector:\n    matchLabels: {app: 1}\n'),
  ],
  invalid: [
    {
      name: 'docs.bad: operator Equals',
      code: docs.bad,
      errors: [{messageId: 'operator', path: 'spec.selector.matchExpressions[0].operator', line: 10, column: 17, endColumn: 23}],
    },
    {
      name: 'operator in lower case',
      code: expression('{key: app, operator: in, values: [web]}'),
      errors: [{messageId: 'operatorCase', line: 9, column: 28, endColumn: 30}],
    },
    {
      name: 'operator missing',
      code: expression('{key: app, values: [web]}'),
      errors: [{messageId: 'operator', path: 'spec.selector.matchExpressions[0].operator', line: 9, column: 7}],
    },
    {
      name: 'In without values',
      code: expression('{key: app, operator: In}'),
      errors: [{messageId: 'valuesRequired', path: 'spec.selector.matchExpressions[0].values', line: 9, column: 7}],
    },
    {
      name: 'NotIn with an empty list',
      code: expression('{key: app, operator: NotIn, values: []}'),
      errors: [{messageId: 'valuesRequired', line: 9, column: 43, endColumn: 45}],
    },
    {
      name: 'Exists with values',
      code: expression('{key: app, operator: Exists, values: [web]}'),
      errors: [{messageId: 'valuesForbidden', line: 9, column: 44, endColumn: 49}],
    },
    {
      name: 'no key',
      code: expression('{operator: Exists}'),
      errors: [{messageId: 'keyMissing', path: 'spec.selector.matchExpressions[0].key', line: 9, column: 7}],
    },
    {
      name: 'bad key and value in an expression',
      code: expression('{key: "my app", operator: In, values: [web, "-x"]}'),
      errors: [
        {messageId: 'keyInvalid', path: 'spec.selector.matchExpressions[0].key', line: 9, column: 13, endColumn: 21},
        {messageId: 'valueInvalid', path: 'spec.selector.matchExpressions[0].values[1]', line: 9, column: 51, endColumn: 55},
      ],
    },
    {
      name: 'bad key and value in matchLabels',
      code: withSelector('  selector:\n    matchLabels:\n      app: web/v1\n      /tier: db\n'),
      errors: [
        {messageId: 'valueInvalid', path: 'spec.selector.matchLabels.app', line: 9, column: 12},
        // The engine underlines a field's scalar value, here `db`, not its key.
        {messageId: 'keyInvalid', path: 'spec.selector.matchLabels[/tier]', line: 10, column: 14},
      ],
    },
    {
      name: 'a PodDisruptionBudget selector',
      code: pdb('{matchExpressions: [{key: app, operator: Equals, values: [web]}]}'),
      errors: [{messageId: 'operator', line: 7, column: 54, endColumn: 60}],
    },
  ],
});

describe('label-selector-invalid', () => {
  it('fixes the case of an operator', () => {
    const fixed = fixOnce('label-selector-invalid', expression('{key: app, operator: in, values: [web]}'));
    expect(fixed).toContain('operator: In,');
    expect(diagnosticsOf('label-selector-invalid', fixed)).toEqual([]);
  });

  it('names the kind it rejects', () => {
    const code = pdb('{matchExpressions: [{key: app, operator: Equals, values: [web]}]}');
    expect(diagnosticsOf('label-selector-invalid', code)[0].message).toContain('PodDisruptionBudget');
  });
});
