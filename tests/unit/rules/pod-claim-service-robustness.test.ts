import fc from 'fast-check';
import {expect, it} from 'vitest';
import {check} from '../../../src/checker';

// The Pod-template, claim-template, Service and PodDisruptionBudget rules read
// deep, user-typed structures: any JSON value in any of their fields must give
// diagnostics, never a rule failure. Failures of other rules (schema-type
// reads the same fields) are those rules' own tests' to catch.

const RULE_IDS = [
  'pod-containers-required', 'pod-container-name', 'pod-container-duplicate-name',
  'pod-image-required', 'pod-container-port', 'pod-port-name', 'pod-volume-mount-unknown',
  'pod-volume-default-mode', 'pvc-access-modes-required', 'pvc-access-mode-invalid',
  'pvc-storage-request-required', 'pvc-storage-request-positive', 'pvc-storage-class-name',
  'pvc-volume-mode', 'vct-name-required', 'svc-ports-required', 'svc-port-number',
  'svc-port-protocol', 'svc-port-name-unique', 'svc-headless-type', 'pdb-min-max-exclusive',
  'pdb-value-invalid',
];
const namesOneOfOurs = (message: string) => RULE_IDS.some((id) => message.includes(`\`${id}\``));

const anyValue = fc.jsonValue({maxDepth: 2});
const maybe = <T>(arbitrary: fc.Arbitrary<T>) => fc.option(arbitrary, {nil: undefined});

const port = fc.record(
  {containerPort: anyValue, hostPort: anyValue, name: anyValue, protocol: anyValue, port: anyValue, targetPort: anyValue},
  {requiredKeys: []},
);
const container = fc.oneof(
  anyValue,
  fc.record(
    {name: anyValue, image: anyValue, ports: fc.oneof(anyValue, fc.array(port)), volumeMounts: fc.oneof(anyValue, fc.array(fc.record({name: anyValue})))},
    {requiredKeys: []},
  ),
);
const volume = fc.record(
  {name: anyValue, configMap: fc.record({defaultMode: anyValue, items: anyValue}), projected: anyValue, secret: anyValue},
  {requiredKeys: []},
);
const claim = fc.oneof(
  anyValue,
  fc.record(
    {metadata: fc.oneof(anyValue, fc.record({name: anyValue})), spec: fc.oneof(anyValue, fc.record({accessModes: anyValue, resources: fc.oneof(anyValue, fc.record({requests: fc.oneof(anyValue, fc.record({storage: anyValue}))})), storageClassName: anyValue, volumeMode: anyValue}, {requiredKeys: []}))},
    {requiredKeys: []},
  ),
);

const statefulSet = fc.record({
  apiVersion: fc.constant('apps/v1'),
  kind: fc.constant('StatefulSet'),
  metadata: fc.constant({name: 'web'}),
  spec: fc.record(
    {
      template: fc.oneof(anyValue, fc.record({spec: fc.oneof(anyValue, fc.record({containers: fc.oneof(anyValue, fc.array(container)), initContainers: maybe(fc.array(container)), volumes: fc.oneof(anyValue, fc.array(volume))}, {requiredKeys: []}))})),
      volumeClaimTemplates: fc.oneof(anyValue, fc.array(claim)),
    },
    {requiredKeys: []},
  ),
});
const service = fc.record({
  apiVersion: fc.constant('v1'),
  kind: fc.constant('Service'),
  metadata: fc.constant({name: 'web'}),
  spec: fc.oneof(anyValue, fc.record({type: anyValue, clusterIP: anyValue, clusterIPs: anyValue, ports: fc.oneof(anyValue, fc.array(port))}, {requiredKeys: []})),
});
const budget = fc.record({
  apiVersion: fc.constant('policy/v1'),
  kind: fc.constant('PodDisruptionBudget'),
  metadata: fc.constant({name: 'web'}),
  spec: fc.oneof(anyValue, fc.record({minAvailable: anyValue, maxUnavailable: anyValue}, {requiredKeys: []})),
});

it('never fails on any value in the fields these rules read', () => {
  fc.assert(
    fc.property(fc.oneof(statefulSet, service, budget), fc.boolean(), (object, asJson) => {
      const text = asJson ? JSON.stringify(object) : JSON.stringify(object, null, 2);
      const failed = check(text, {locale: 'en'}).diagnostics.filter(
        (d) => d.ruleId === 'checker-rule-failed' && namesOneOfOurs(d.message),
      );
      expect(failed).toEqual([]);
    }),
    {numRuns: 400},
  );
});
