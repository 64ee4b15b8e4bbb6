import {ruleById} from '../../../src/checker/rules';
import {testRule} from '../rule-tester';
import {sts, WEB} from './statefulset-fixture';

const {docs} = ruleById('sts-no-readiness-probe');

const PROBE = '        readinessProbe:\n          tcpSocket:\n            port: 80\n';
const SIDECAR = '      initContainers:\n      - name: proxy\n        image: envoy:1.31\n        restartPolicy: Always\n';

testRule('sts-no-readiness-probe', {
  valid: [
    docs.good,
    sts(WEB + PROBE),
    // Any container with a probe is enough.
    sts(`${WEB}      - name: metrics\n        image: exporter:1.0\n${PROBE}`),
    // A sidecar's readiness counts toward the Pod's.
    sts(WEB + SIDECAR + PROBE),
    // Parallel does not wait for readiness.
    sts(WEB, '  podManagementPolicy: Parallel\n'),
    // No containers: pod-containers-required's error.
    sts('      containers: []\n'),
  ],
  invalid: [
    {
      name: 'docs.bad: the first container',
      code: docs.bad,
      errors: [{messageId: 'noProbe', path: 'spec.template.spec.containers[0]', line: 16, column: 9}],
    },
    {
      name: 'explicit OrderedReady',
      code: sts(WEB, '  podManagementPolicy: OrderedReady\n'),
      errors: [{messageId: 'noProbe', line: 14, column: 9}],
    },
    {
      name: 'empty podManagementPolicy is defaulted to OrderedReady',
      code: sts(WEB, '  podManagementPolicy: ""\n'),
      errors: [{messageId: 'noProbe', line: 14, column: 9}],
    },
    {
      name: 'a probe on a plain init container does not count',
      code: sts(`${WEB}      initContainers:\n      - name: init\n        image: busybox:1.36\n${PROBE}`),
      errors: [{messageId: 'noProbe', line: 14, column: 9}],
    },
  ],
});
