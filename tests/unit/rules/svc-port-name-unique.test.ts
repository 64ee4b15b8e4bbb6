import {ruleById} from '../../../src/checker/rules';
import {testRule} from '../rule-tester';

const {docs} = ruleById('svc-port-name-unique');
const ports = (list: string) => `apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  clusterIP: None\n  ports:\n${list}`;

testRule('svc-port-name-unique', {
  valid: [
    docs.good,
    // One port may go without a name.
    ports('  - port: 80\n'),
    // Service port names are DNS labels, longer than container port names may be.
    ports('  - {port: 80, name: a-rather-long-service-port-name}\n  - {port: 81, name: "8081"}\n'),
  ],
  invalid: [
    {
      name: 'docs.bad',
      code: docs.bad,
      errors: [{messageId: 'required', path: 'spec.ports[0].name', line: 10, column: 5, endLine: 11}],
    },
    {
      name: 'duplicate and invalid names',
      code: ports('  - {port: 80, name: web}\n  - {port: 81, name: web}\n  - {port: 82, name: Web_UI}\n'),
      errors: [
        {messageId: 'duplicate', path: 'spec.ports[1].name', line: 9, column: 22, endColumn: 25},
        {messageId: 'invalid', path: 'spec.ports[2].name', line: 10, column: 22},
      ],
    },
  ],
});
