import {describe, expect, it} from 'vitest';
import {exampleStatefulSet} from '../../../src/checker/k8s/statefulset-spec';
import {ruleById} from '../../../src/checker/rules';
import {diagnosticsOf, fixOnce} from '../apply-fix';
import {testRule} from '../rule-tester';

const {docs} = ruleById('sts-active-deadline-seconds');
const podSpec = (line: string) => exampleStatefulSet({podSpec: `      ${line}\n`});

testRule('sts-active-deadline-seconds', {
  valid: [
    docs.good,
    podSpec('activeDeadlineSeconds: null'),
    // A string fails decoding first: schema-type's.
    podSpec('activeDeadlineSeconds: "60"'),
  ],
  invalid: [
    {
      name: 'docs.bad',
      code: docs.bad,
      errors: [{messageId: 'forbidden', path: 'spec.template.spec.activeDeadlineSeconds', line: 13, column: 30, endColumn: 34}],
    },
  ],
});

describe('sts-active-deadline-seconds fix', () => {
  it('removes the line', () => {
    expect(fixOnce('sts-active-deadline-seconds', docs.bad)).toBe(docs.good);
  });

  it('offers none in a flow mapping', () => {
    const code = docs.good.replace(
      '    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n',
      '    spec: {activeDeadlineSeconds: 5, containers: [{name: web, image: "nginx:1.27"}]}\n',
    );
    const [diagnostic] = diagnosticsOf('sts-active-deadline-seconds', code);
    expect(diagnostic.fix).toBeUndefined();
  });
});
