import {describe, expect, it} from 'vitest';
import {ruleById} from '../../../src/checker/rules';
import {diagnosticsOf, fixOnce} from '../apply-fix';
import {testRule} from '../rule-tester';

const {docs} = ruleById('sts-selector-required');
const head = 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\n';

testRule('sts-selector-required', {
  valid: [
    docs.good,
    // Wrong types are schema-type's; empty selectors are sts-selector-empty's.
    `${head}spec:\n  selector: [app]\n`,
    `${head}spec:\n  selector: {}\n`,
    `${head}spec: oops\n`,
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec: {}\n',
  ],
  invalid: [
    {
      name: 'docs.bad: reported at spec:',
      code: docs.bad,
      errors: [{messageId: 'missing', path: 'spec.selector', line: 5, column: 1, endLine: 5, endColumn: 5}],
    },
    {
      name: 'selector: null is no selector',
      code: `${head}spec:\n  selector:\n  serviceName: web\n`,
      errors: [{messageId: 'missing', line: 6, column: 3}],
    },
    {
      name: 'flow-style spec',
      code: `${head}spec: {serviceName: web}\n`,
      errors: [{messageId: 'missing', line: 5, column: 1}],
    },
    {
      name: 'no spec at all',
      code: head,
      errors: [{messageId: 'missing', path: 'spec.selector', line: 1, column: 1}],
    },
  ],
});

describe('sts-selector-required fix', () => {
  it('copies the template labels into a new selector', () => {
    const fixed = fixOnce('sts-selector-required', docs.bad);
    expect(fixed).toContain('spec:\n  selector:\n    matchLabels:\n      app: web\n  serviceName: web\n');
    expect(diagnosticsOf('sts-selector-required', fixed)).toEqual([]);
    expect(diagnosticsOf('sts-selector-template-mismatch', fixed)).toEqual([]);
  });

  it('quotes label values YAML 1.1 would not read as strings', () => {
    const code = docs.bad.replace('labels: {app: web}', 'labels: {app: web, ha: "yes", v: "1"}');
    const fixed = fixOnce('sts-selector-required', code);
    expect(fixed).toContain('      ha: "yes"\n      v: "1"\n');
  });

  it('offers none without template labels, or for a flow-style spec', () => {
    const noLabels = docs.bad.replace('    metadata:\n      labels: {app: web}\n', '');
    expect(diagnosticsOf('sts-selector-required', noLabels)[0].fix).toBeUndefined();
    const flow = `${head}spec: {template: {metadata: {labels: {app: web}}}}\n`;
    expect(diagnosticsOf('sts-selector-required', flow)[0].fix).toBeUndefined();
  });

  it('offers none where `selector:` is there but empty', () => {
    const code = docs.bad.replace('spec:\n', 'spec:\n  selector:\n');
    expect(diagnosticsOf('sts-selector-required', code)[0].fix).toBeUndefined();
  });
});
