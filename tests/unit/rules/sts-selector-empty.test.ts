import {describe, expect, it} from 'vitest';
import {exampleStatefulSet} from '../../../src/checker/k8s/statefulset-spec';
import {ruleById} from '../../../src/checker/rules';
import {diagnosticsOf, fixOnce} from '../apply-fix';
import {testRule} from '../rule-tester';

const {docs} = ruleById('sts-selector-empty');
const withSelector = (lines: string) =>
  exampleStatefulSet().replace('  selector:\n    matchLabels: {app: web}\n', lines);

testRule('sts-selector-empty', {
  valid: [
    docs.good,
    withSelector('  selector:\n    matchExpressions:\n    - {key: app, operator: In, values: [web]}\n'),
    // Missing or mistyped selectors belong to other rules.
    withSelector(''),
    withSelector('  selector: []\n'),
  ],
  invalid: [
    {
      name: 'docs.bad: matchlabels in lower case',
      code: docs.bad,
      errors: [{messageId: 'misspelt', path: 'spec.selector', line: 7, column: 3, endColumn: 11}],
    },
    {
      name: 'selector: {}',
      code: withSelector('  selector: {}\n'),
      errors: [{messageId: 'empty', line: 7, column: 13, endColumn: 15}],
    },
    {
      name: 'empty matchLabels and matchExpressions',
      code: withSelector('  selector:\n    matchLabels: {}\n    matchExpressions: []\n'),
      errors: [{messageId: 'empty', line: 7, column: 3}],
    },
    {
      name: 'match_expressions',
      code: withSelector('  selector:\n    match_expressions:\n    - {key: app, operator: Exists}\n'),
      errors: [{messageId: 'misspelt', line: 7, column: 3}],
    },
    {
      name: 'a key that is no selector field at all',
      code: withSelector('  selector:\n    app: web\n'),
      errors: [{messageId: 'unknownOnly', line: 7, column: 3}],
    },
  ],
});

describe('sts-selector-empty fix', () => {
  it('renames matchlabels to matchLabels', () => {
    expect(fixOnce('sts-selector-empty', docs.bad)).toBe(docs.good);
  });

  it('offers none when the right key is also there', () => {
    const code = withSelector('  selector:\n    matchLabels: {}\n    matchlabels: {app: web}\n');
    expect(diagnosticsOf('sts-selector-empty', code)[0].fix).toBeUndefined();
  });

  it('names the unknown keys', () => {
    const [diagnostic] = diagnosticsOf('sts-selector-empty', withSelector('  selector:\n    app: web\n'));
    expect(diagnostic.message).toContain('`app`');
  });
});
