import {describe, expect, it} from 'vitest';
import {ruleById} from '../../../src/checker/rules';
import {diagnosticsOf, fixOnce} from '../apply-fix';
import {testRule} from '../rule-tester';

const {docs} = ruleById('sts-selector-template-mismatch');
const head = 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n';
const container = '    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n';
/** A StatefulSet with `selector` (YAML after `selector:`) and template `labels`. */
const sts = (selector: string, labels: string) =>
  `${head}  selector:${selector}\n  template:\n    metadata:\n      labels:${labels}\n${container}`;

testRule('sts-selector-template-mismatch', {
  valid: [
    docs.good,
    // Labels may be a superset of the selector.
    sts(' {matchLabels: {app: web}}', ' {app: web, tier: db, version: v2}'),
    sts('\n    matchExpressions:\n    - {key: app, operator: In, values: [web, api]}\n    - {key: canary, operator: DoesNotExist}', ' {app: api}'),
    sts('\n    matchExpressions:\n    - {key: tier, operator: NotIn, values: [cache]}\n    - {key: app, operator: Exists}', ' {app: x}'),
    // Empty, missing or invalid selectors are other rules'; upstream skips them here.
    sts(' {}', ' {app: web}'),
    `${head}  template:\n    metadata:\n      labels: {app: web}\n${container}`,
    sts(' {matchExpressions: [{key: app, operator: Equals, values: [db]}]}', ' {app: web}'),
    sts(' {matchLabels: {app: "-bad"}}', ' {app: web}'),
    // Booleans from YAML 1.1 `yes` fail decoding (schema-type), not matching.
    sts(' {matchLabels: {app: web, ha: "yes"}}', ' {app: web, ha: yes}'),
    sts(' {matchLabels: {app: web}}', ' [app]'),
  ],
  invalid: [
    {
      name: 'docs.bad: a selector label missing from the template',
      code: docs.bad,
      errors: [{messageId: 'missing', path: 'spec.template.metadata.labels', line: 13, column: 7, endColumn: 13}],
    },
    {
      name: 'a value that differs',
      code: sts(' {matchLabels: {app: web}}', ' {app: nginx}'),
      errors: [{messageId: 'differs', path: 'spec.template.metadata.labels', line: 10, column: 15, endColumn: 27}],
    },
    {
      name: 'an expression that does not hold',
      code: sts(' {matchExpressions: [{key: tier, operator: In, values: [db]}]}', ' {app: web, tier: cache}'),
      errors: [{messageId: 'expression', line: 10, column: 15}],
    },
    {
      name: 'no template labels',
      code: `${head}  selector: {matchLabels: {app: web}}\n  template:\n    metadata: {}\n${container}`,
      errors: [{messageId: 'noLabels', path: 'spec.template.metadata.labels', line: 9, column: 5}],
    },
    {
      name: 'no template: reported at spec:',
      code: `${head}  selector: {matchLabels: {app: web}}\n`,
      errors: [{messageId: 'templateMissing', path: 'spec.template.metadata.labels', line: 5, column: 1}],
    },
  ],
});

describe('sts-selector-template-mismatch', () => {
  it('lists the selector and the template labels', () => {
    const [diagnostic] = diagnosticsOf('sts-selector-template-mismatch', docs.bad);
    expect(diagnostic.message).toContain('(app=web, tier=frontend)');
    expect(diagnostic.message).toContain('(app=web)');
  });

  it('sets a template label that differs to the selector’s value', () => {
    const code = sts('\n    matchLabels:\n      app: web', '\n        app: nginx\n        tier: db');
    const fixed = fixOnce('sts-selector-template-mismatch', code);
    expect(fixed).toContain('      labels:\n        app: web\n        tier: db\n');
    expect(diagnosticsOf('sts-selector-template-mismatch', fixed)).toEqual([]);
  });

  it('sets the selector back when the Service already selects the template', () => {
    const service = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  clusterIP: None\n  selector:\n    app: nginx\n  ports:\n  - port: 80\n---\n';
    const code = service + sts('\n    matchLabels:\n      app: nginx2', '\n        app: nginx');
    const fixed = fixOnce('sts-selector-template-mismatch', code);
    expect(fixed).toContain('    matchLabels:\n      app: nginx\n');
    expect(fixed).toContain('      labels:\n        app: nginx\n');
    expect(diagnosticsOf('sts-selector-template-mismatch', fixed)).toEqual([]);
  });

  it('adds a missing template label', () => {
    const fixed = fixOnce('sts-selector-template-mismatch', docs.bad);
    expect(fixed).toContain('      labels:\n        tier: frontend\n        app: web\n');
    expect(diagnosticsOf('sts-selector-template-mismatch', fixed)).toEqual([]);
  });

  it('offers no fix when more than one label is wrong', () => {
    const code = sts(' {matchLabels: {app: web, tier: db}}', ' {app: nginx}');
    expect(diagnosticsOf('sts-selector-template-mismatch', code)[0].fix).toBeUndefined();
  });

  it('offers no fix that an expression would undo', () => {
    const code = sts(
      '\n    matchLabels: {app: web}\n    matchExpressions: [{key: app, operator: NotIn, values: [web]}]',
      '\n        app: nginx',
    );
    expect(diagnosticsOf('sts-selector-template-mismatch', code)[0].fix).toBeUndefined();
  });
});
