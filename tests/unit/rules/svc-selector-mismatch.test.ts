import {ruleById} from '../../../src/checker/rules';
import {testRule} from '../rule-tester';
import {sts, WEB} from './statefulset-fixture';

const {docs} = ruleById('svc-selector-mismatch');

/** A headless Service `web` with `selector` (indented by 2): 9 lines + selector. */
const service = (selector: string) =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  clusterIP: None\n${selector}  ports:\n  - port: 80\n---\n`;

testRule('svc-selector-mismatch', {
  valid: [
    docs.good,
    service('  selector:\n    app: web\n') + sts(WEB),
    // A Service no StatefulSet names is none of this rule's business.
    service('  selector:\n    app: other\n') + sts(WEB).replace('serviceName: web', 'serviceName: db'),
    // Template without labels: the StatefulSet's own error.
    service('  selector:\n    app: other\n') + sts(WEB).replace('      labels: {app: web}\n', ''),
  ],
  invalid: [
    {
      name: 'docs.bad: reported on the Service selector',
      code: docs.bad,
      errors: [{messageId: 'mismatch', path: 'spec.selector', line: 7, column: 3, endColumn: 11}],
    },
    {
      name: 'a selector with one label too many, after the StatefulSet',
      code: `${sts(WEB)}---\n${service('  selector: {app: web, tier: db}\n')}`,
      errors: [{messageId: 'mismatch', path: 'spec.selector', line: 23, column: 13}],
    },
    {
      name: 'no selector: reported where the StatefulSet names the Service',
      code: service('') + sts(WEB),
      errors: [{messageId: 'noSelector', path: 'spec.serviceName', line: 15, column: 16}],
    },
    {
      name: 'an empty selector is no selector',
      code: service('  selector: {}\n') + sts(WEB),
      errors: [{messageId: 'noSelector', line: 16, column: 16}],
    },
  ],
});
