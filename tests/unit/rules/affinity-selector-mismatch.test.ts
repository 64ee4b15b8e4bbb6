import {ruleById} from '../../../src/checker/rules';
import {testRule} from '../rule-tester';
import {sts, WEB} from './statefulset-fixture';

const {docs} = ruleById('affinity-selector-mismatch');

/** An affinity block (line 13) whose `kind` holds `terms`, indented by 10. */
const affinity = (kind: string, terms: string) => sts(`      affinity:\n        ${kind}:\n${terms}${WEB}`);
const required = (selector: string, extra = '') =>
  `          requiredDuringSchedulingIgnoredDuringExecution:\n          - labelSelector: ${selector}\n            topologyKey: kubernetes.io/hostname\n${extra}`;

testRule('affinity-selector-mismatch', {
  valid: [
    docs.good,
    affinity('podAntiAffinity', required('{matchLabels: {app: web}}')),
    // A key the Pods do not have: a different labelling scheme, not judged
    // (valid/kubernetes-website-zookeeper.yaml).
    affinity('podAntiAffinity', required('{matchExpressions: [{key: component, operator: In, values: [zk]}]}')),
    // Co-locating with another application of the text is what podAffinity is for.
    `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: cache\nspec:\n  selector: {matchLabels: {app: cache}}\n  template:\n    metadata: {labels: {app: cache}}\n    spec:\n      containers: [{name: cache, image: "redis:7"}]\n---\n${affinity('podAffinity', required('{matchLabels: {app: cache}}'))}`,
    // Terms that look into other namespaces are about other applications.
    affinity('podAntiAffinity', required('{matchLabels: {app: other}}', '            namespaces: [monitoring]\n')),
    affinity('podAntiAffinity', required('{matchLabels: {app: other}}', '            namespaceSelector: {}\n')),
  ],
  invalid: [
    {
      name: 'docs.bad',
      code: docs.bad,
      errors: [
        {
          messageId: 'podAntiAffinity',
          path: 'spec.template.spec.affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].labelSelector',
          line: 18,
          column: 13,
        },
      ],
    },
    {
      name: 'a preferred term with matchExpressions',
      code: affinity(
        'podAntiAffinity',
        '          preferredDuringSchedulingIgnoredDuringExecution:\n          - weight: 100\n            podAffinityTerm:\n              labelSelector:\n                matchExpressions:\n                - {key: app, operator: In, values: [wbe]}\n              topologyKey: kubernetes.io/hostname\n',
      ),
      errors: [
        {
          messageId: 'podAntiAffinity',
          path: 'spec.template.spec.affinity.podAntiAffinity.preferredDuringSchedulingIgnoredDuringExecution[0].podAffinityTerm.labelSelector',
          line: 18,
          column: 15,
        },
      ],
    },
    {
      name: 'podAffinity matching nothing in the text',
      code: affinity('podAffinity', required('{matchLabels: {app: cache}}')),
      errors: [{messageId: 'podAffinity', line: 16, column: 28}],
    },
  ],
});
