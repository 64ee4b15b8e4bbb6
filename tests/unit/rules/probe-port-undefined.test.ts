import {ruleById} from '../../../src/checker/rules';
import {testRule} from '../rule-tester';
import {sts} from './statefulset-fixture';

const {docs} = ruleById('probe-port-undefined');

/** A container `web` with port `web` (80) and `probes` (indented by 8); probes start on line 19. */
const withProbes = (probes: string, name = 'web') =>
  sts(
    `      containers:\n      - name: web\n        image: nginx:1.27\n        ports:\n        - name: ${name}\n          containerPort: 80\n${probes}`,
  );

testRule('probe-port-undefined', {
  valid: [
    docs.good,
    withProbes('        readinessProbe:\n          httpGet:\n            port: web\n'),
    withProbes('        livenessProbe:\n          tcpSocket:\n            port: 80\n'),
    // Digits in a string are a format error for another rule, not a name.
    withProbes('        livenessProbe:\n          tcpSocket:\n            port: "80"\n'),
    // gRPC probes take numbers only.
    withProbes('        livenessProbe:\n          grpc:\n            port: 9090\n'),
  ],
  invalid: [
    {
      name: 'docs.bad',
      code: docs.bad,
      errors: [{messageId: 'readiness', path: 'spec.template.spec.containers[0].readinessProbe.httpGet.port', line: 24, column: 19, endColumn: 23}],
    },
    {
      name: 'liveness and startup probes',
      code: withProbes('        livenessProbe:\n          tcpSocket:\n            port: admin\n        startupProbe:\n          httpGet:\n            path: /\n            port: http\n'),
      errors: [
        {messageId: 'liveness', path: 'spec.template.spec.containers[0].livenessProbe.tcpSocket.port', line: 21, column: 19},
        {messageId: 'startup', path: 'spec.template.spec.containers[0].startupProbe.httpGet.port', line: 25, column: 19},
      ],
    },
    {
      name: 'a port of another container does not count',
      code: sts(
        '      containers:\n      - name: web\n        image: nginx:1.27\n        readinessProbe:\n          httpGet:\n            port: metrics\n      - name: exporter\n        image: exporter:1.0\n        ports:\n        - name: metrics\n          containerPort: 9113\n',
      ),
      errors: [{messageId: 'readiness', line: 18, column: 19}],
    },
  ],
});
