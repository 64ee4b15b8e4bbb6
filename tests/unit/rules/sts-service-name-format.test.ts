import {describe, expect, it} from 'vitest';
import {exampleStatefulSet} from '../../../src/checker/k8s/statefulset-spec';
import {ruleById} from '../../../src/checker/rules';
import {diagnosticsOf} from '../apply-fix';
import {testRule} from '../rule-tester';

const {docs} = ruleById('sts-service-name-format');
const serviceName = (value: string) =>
  exampleStatefulSet().replace('  serviceName: web\n', `  serviceName: ${value}\n`);

testRule('sts-service-name-format', {
  valid: [
    docs.good,
    // Unset or empty is sts-service-name-unset's warning.
    serviceName('""'),
    exampleStatefulSet().replace('  serviceName: web\n', ''),
    serviceName('12'),
    {name: 'ratcheting: stored before 1.33', code: docs.bad, old: docs.bad},
  ],
  invalid: [
    {
      name: 'docs.bad',
      code: docs.bad,
      errors: [{messageId: 'invalid', path: 'spec.serviceName', line: 6, column: 16, endColumn: 27}],
    },
    {
      name: 'a DNS subdomain is not enough',
      code: serviceName('nginx.default'),
      errors: [{messageId: 'invalid', line: 6, column: 16}],
    },
    {
      name: 'longer than 63',
      code: serviceName('a'.repeat(64)),
      errors: [{messageId: 'tooLong', line: 6, column: 16, endColumn: 80}],
    },
  ],
});

describe('sts-service-name-format', () => {
  it('escapes control characters it echoes', () => {
    const [diagnostic] = diagnosticsOf('sts-service-name-format', serviceName('"ngi\\u0000nx\\u001b[31m"'));
    expect(diagnostic.message).toContain('ngi\\u0000nx\\u001b[31m');
    expect(diagnostic.message).not.toMatch(/[\u0000-\u001f]/);
  });

  it('echoes at most 120 characters of a long value', () => {
    const [diagnostic] = diagnosticsOf('sts-service-name-format', serviceName('x'.repeat(5000)));
    expect(diagnostic.message.length).toBeLessThan(1000);
  });
});
