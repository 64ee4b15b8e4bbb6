import {ruleById} from '../../../src/checker/rules';
import {testRule} from '../rule-tester';
import {sts, WEB} from './statefulset-fixture';

const {docs} = ruleById('sts-service-missing');

/** A headless Service selecting `app: web`: 9 lines with its `---`. */
const service = (name: string, metadata = '') =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\n${metadata}spec:\n  clusterIP: None\n  selector:\n    app: web\n---\n`;

testRule('sts-service-missing', {
  valid: [
    docs.good,
    service('web') + sts(WEB),
    // The Service may come after the StatefulSet.
    `${sts(WEB)}---\n${service('web')}`,
    // Both in the same explicit namespace.
    service('web', '  namespace: db\n') + sts(WEB).replace('  name: web\n', '  name: web\n  namespace: db\n'),
    // An invalid name is sts-service-name-format's error; no Service can have it.
    sts(WEB).replace('serviceName: web', 'serviceName: Web_1'),
    // No serviceName at all is sts-service-name-unset's.
    sts(WEB).replace('  serviceName: web\n', ''),
  ],
  invalid: [
    {
      name: 'docs.bad: the value of serviceName',
      code: docs.bad,
      errors: [{messageId: 'missing', path: 'spec.serviceName', line: 6, column: 16, endLine: 6, endColumn: 21, severity: 'warning'}],
    },
    {
      name: 'a Service with another name selects the Pods',
      code: service('web-svc') + sts(WEB),
      errors: [{messageId: 'missingSimilar', line: 15, column: 16}],
    },
    {
      name: 'the Service is in a namespace the StatefulSet does not name',
      code: service('web', '  namespace: other\n') + sts(WEB),
      errors: [{messageId: 'otherNamespaceUnset', line: 16, column: 16}],
    },
    {
      name: 'the Service and the StatefulSet name different namespaces',
      code: service('web', '  namespace: other\n') + sts(WEB).replace('  name: web\n', '  name: web\n  namespace: db\n'),
      errors: [{messageId: 'otherNamespace', line: 17, column: 16}],
    },
  ],
});
