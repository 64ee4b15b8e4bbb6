import {describe, expect, it} from 'vitest';
import {check} from '../../../src/checker';
import {
  derivePreview,
  POD_INDEX_LABEL,
  POD_NAME_LABEL,
  type ClusterPreview,
  type NoticeId,
  type StatefulSetPreview,
} from '../../../src/preview';

/** A headless Service and a StatefulSet, with lines to add to either. */
function manifest({
  service = '',
  spec = '',
  metadata = '',
  name = 'web',
  serviceName = 'nginx',
  claims = VCT_WWW,
}: {
  service?: string;
  spec?: string;
  metadata?: string;
  name?: string;
  serviceName?: string;
  claims?: string;
} = {}): string {
  return [
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    '  name: nginx',
    service + 'spec:',
    '  clusterIP: None',
    '  selector: {app: nginx}',
    '  ports: [{name: web, port: 80}]',
    '---',
    'apiVersion: apps/v1',
    'kind: StatefulSet',
    'metadata:',
    `  name: ${name}`,
    metadata + 'spec:',
    `  serviceName: ${serviceName}`,
    spec + '  selector:',
    '    matchLabels: {app: nginx}',
    '  template:',
    '    metadata:',
    '      labels: {app: nginx}',
    '    spec:',
    '      containers:',
    '      - name: nginx',
    '        image: registry.k8s.io/nginx-slim:0.8',
    claims,
  ].join('\n');
}

const VCT_WWW = [
  '  volumeClaimTemplates:',
  '  - metadata: {name: www}',
  '    spec:',
  '      accessModes: ["ReadWriteOnce"]',
  '      storageClassName: my-storage-class',
  '      resources: {requests: {storage: 1Gi}}',
  '',
].join('\n');

function preview(text: string, maxPods?: number): ClusterPreview {
  return derivePreview(check(text, {locale: 'en'}), {maxPods});
}

function only(text: string): StatefulSetPreview {
  const {statefulSets} = preview(text);
  expect(statefulSets).toHaveLength(1);
  return statefulSets[0];
}

const ids = (sts: StatefulSetPreview): NoticeId[] => sts.notices.map((n) => n.id);

describe('derivePreview', () => {
  it('names the Pods, their DNS names and claims of the example', () => {
    const sts = only(manifest({spec: '  replicas: 3\n'}));

    expect(sts.pods.map((p) => p.name)).toEqual(['web-0', 'web-1', 'web-2']);
    expect(sts.pods[1]).toEqual({
      ordinal: 1,
      name: 'web-1',
      hostname: 'web-1',
      dnsName: 'web-1.nginx.default.svc.cluster.local',
      labels: {[POD_NAME_LABEL]: 'web-1', [POD_INDEX_LABEL]: '1'},
    });
    expect(sts.service).toEqual({
      name: 'nginx',
      state: 'headless',
      domain: 'nginx.default.svc.cluster.local',
      line: 1,
    });
    expect(sts.claims.map((c) => [c.name, c.pod])).toEqual([
      ['www-web-0', 'web-0'],
      ['www-web-1', 'web-1'],
      ['www-web-2', 'web-2'],
    ]);
    expect(sts.claims[0].template).toEqual({
      index: 0,
      name: 'www',
      size: '1Gi',
      accessModes: ['ReadWriteOnce'],
      storageClass: {kind: 'named', name: 'my-storage-class'},
    });
    expect(sts.claimCount).toBe(3);
    expect(sts.notices).toEqual([]);
  });

  it('uses the defaults: one replica, ordinals from 0, namespace default, the default StorageClass', () => {
    const claims = [
      '  volumeClaimTemplates:',
      '  - metadata: {name: data}',
      '    spec:',
      '      accessModes: [ReadWriteOnce]',
      '',
    ].join('\n');
    const sts = only(manifest({claims}));

    expect(sts.replicas).toBe(1);
    expect(sts.ordinalStart).toBe(0);
    expect(sts.namespace).toBe('default');
    expect(sts.pods.map((p) => p.name)).toEqual(['web-0']);
    expect(sts.claims[0].template.storageClass).toEqual({kind: 'default'});
    expect(sts.claims[0].template.size).toBeUndefined();
  });

  it('starts the ordinals at spec.ordinals.start', () => {
    const sts = only(manifest({spec: '  replicas: 2\n  ordinals: {start: 5}\n'}));

    expect(sts.pods.map((p) => [p.name, p.labels[POD_INDEX_LABEL]])).toEqual([
      ['web-5', '5'],
      ['web-6', '6'],
    ]);
    expect(sts.claims.map((c) => c.name)).toEqual(['www-web-5', 'www-web-6']);
  });

  it('puts the namespace into the DNS names', () => {
    const ns = '  namespace: shop\n';
    const sts = only(manifest({service: ns, metadata: ns}));

    expect(sts.namespace).toBe('shop');
    expect(sts.service.domain).toBe('nginx.shop.svc.cluster.local');
    expect(sts.pods[0].dnsName).toBe('web-0.nginx.shop.svc.cluster.local');
  });

  it('gives each Pod one claim per template, and tells "" (no class) from no class', () => {
    const claims = [
      '  volumeClaimTemplates:',
      '  - metadata: {name: data}',
      '    spec:',
      '      accessModes: [ReadWriteOnce, ReadOnlyMany]',
      '      storageClassName: ""',
      '      resources: {requests: {storage: 10Gi}}',
      '  - metadata: {name: logs}',
      '    spec:',
      '      accessModes: [ReadWriteOncePod]',
      '      resources: {requests: {storage: 512Mi}}',
      '',
    ].join('\n');
    const sts = only(manifest({spec: '  replicas: 2\n', claims}));

    expect(sts.claims.map((c) => c.name)).toEqual([
      'data-web-0',
      'logs-web-0',
      'data-web-1',
      'logs-web-1',
    ]);
    expect(sts.claimCount).toBe(4);
    const [data, logs] = sts.claimTemplates;
    expect(data.storageClass).toEqual({kind: 'none'});
    expect(data.accessModes).toEqual(['ReadWriteOnce', 'ReadOnlyMany']);
    expect(logs.storageClass).toEqual({kind: 'default'});
    expect(logs.size).toBe('512Mi');
  });

  it('leaves out a claim template without a name, and says so', () => {
    const claims = '  volumeClaimTemplates:\n  - spec: {accessModes: [ReadWriteOnce]}\n';
    const sts = only(manifest({claims}));

    expect(sts.claims).toEqual([]);
    expect(sts.notices).toContainEqual(
      expect.objectContaining({id: 'claimTemplateUnnamed', data: {index: 0}}),
    );
  });

  it('gives no DNS names when the text has no Service of that name', () => {
    const sts = only(manifest({serviceName: 'other'}));

    expect(sts.service).toEqual({name: 'other', state: 'missing'});
    expect(sts.pods[0].dnsName).toBeUndefined();
    expect(sts.pods[0].name).toBe('web-0');
    expect(sts.notices).toContainEqual({
      id: 'serviceMissing',
      effect: 'hidden',
      part: 'dns',
      data: {service: 'other', namespace: 'default'},
    });
  });

  it('looks for the Service in the StatefulSet\'s namespace only', () => {
    const sts = only(manifest({metadata: '  namespace: shop\n'}));

    expect(sts.service.state).toBe('missing');
  });

  it('gives a Service that is not headless a domain but the Pods no DNS names', () => {
    const text = manifest().replace('  clusterIP: None\n', '');
    const sts = only(text);

    expect(sts.service.state).toBe('notHeadless');
    expect(sts.service.domain).toBe('nginx.default.svc.cluster.local');
    expect(sts.pods[0].dnsName).toBeUndefined();
    expect(ids(sts)).toEqual(['serviceNotHeadless']);
  });

  it('gives no DNS names without spec.serviceName', () => {
    const text = manifest().replace('  serviceName: nginx\n', '');
    const sts = only(text);

    expect(sts.service).toEqual({state: 'unset'});
    expect(ids(sts)).toEqual(['serviceNameUnset']);
  });

  it('shows nothing for text that is not YAML, and says where it breaks', () => {
    const result = preview('apiVersion: v1\nkind: [Service\n');

    expect(result.statefulSets).toEqual([]);
    expect(result.blocked).toMatchObject({id: 'yamlUnreadable', effect: 'hidden'});
    expect(result.blocked?.data?.line).toBeGreaterThanOrEqual(2);
  });

  it('shows nothing for a text without a StatefulSet, or without anything', () => {
    const service = manifest().split('---')[0];

    expect(preview(service).blocked?.id).toBe('noStatefulSet');
    expect(preview('').blocked?.id).toBe('notManifest');
    expect(preview('just words').blocked?.id).toBe('notManifest');
  });

  it('still shows the StatefulSet when the Service\'s document cannot be read, but not its DNS names', () => {
    const text = manifest().replace('  clusterIP: None', '  clusterIP: [None');
    const result = preview(text);
    const [sts] = result.statefulSets;

    expect(result.notices).toEqual([
      {id: 'documentsUnreadable', effect: 'unreliable', data: {count: 1, line: expect.any(Number)}},
    ]);
    expect(sts.pods.map((p) => p.name)).toEqual(['web-0']);
    expect(sts.pods[0].dnsName).toBeUndefined();
    expect(ids(sts)).toEqual(['serviceMaybeUnreadable']);
  });

  it('shows no Pods for a replicas it cannot read, and names the field in error', () => {
    const sts = only(manifest({spec: '  replicas: -1\n'}));

    expect(sts.pods).toEqual([]);
    expect(sts.podCount).toBe(0);
    expect(sts.claims).toEqual([]);
    expect(ids(sts)).toEqual(['statefulSetRejected', 'fieldHasErrors', 'replicasUnreadable']);
    expect(sts.notices[1]).toMatchObject({part: 'pods', data: {path: 'spec.replicas', line: 16}});
  });

  it('shows the Pods of a StatefulSet the API server would reject, and says it would', () => {
    const text = manifest().replace('        image: registry.k8s.io/nginx-slim:0.8\n', '');
    const sts = only(text);

    expect(sts.pods.map((p) => p.name)).toEqual(['web-0']);
    expect(sts.notices).toEqual([
      {id: 'statefulSetRejected', effect: 'unreliable', part: 'statefulSet', data: {count: 1, line: expect.any(Number)}},
    ]);
  });

  it('marks the names unreliable when metadata.name is in error, and shows none without it', () => {
    const invalid = only(manifest({name: 'Web'}));
    expect(invalid.pods[0].name).toBe('Web-0');
    expect(invalid.notices).toContainEqual(
      expect.objectContaining({id: 'fieldHasErrors', part: 'statefulSet'}),
    );

    const text = manifest().replace('  name: web\n', '');
    const unnamed = only(text);
    expect(unnamed.name).toBeUndefined();
    expect(unnamed.pods).toEqual([]);
    expect(unnamed.podCount).toBe(1);
    expect(ids(unnamed)).toContain('nameMissing');
  });

  it('shows a few of 10000 replicas and counts the rest, quickly', () => {
    const started = performance.now();
    const sts = only(manifest({spec: '  replicas: 10000\n'}));
    const elapsed = performance.now() - started;

    expect(sts.pods).toHaveLength(10);
    expect(sts.pods.at(-1)?.name).toBe('web-9');
    expect(sts.podCount).toBe(10000);
    expect(sts.claims).toHaveLength(10);
    expect(sts.claimCount).toBe(10000);
    expect(sts.notices).toContainEqual({
      id: 'podsTruncated',
      effect: 'info',
      part: 'pods',
      data: {shown: 10, count: 10000},
    });
    // A guard against work that grows with replicas, not a benchmark.
    expect(elapsed).toBeLessThan(500);
  });

  it('honours maxPods', () => {
    const text = manifest({spec: '  replicas: 5\n'});
    expect(preview(text, 2).statefulSets[0].pods).toHaveLength(2);
    expect(preview(text, 5).statefulSets[0].notices).toEqual([]);
  });

  it('previews every StatefulSet of the text, in order', () => {
    const second = manifest({name: 'db', spec: '  replicas: 2\n'}).split('---\n')[1];
    const result = preview(`${manifest()}---\n${second}`);

    expect(result.statefulSets.map((s) => s.name)).toEqual(['web', 'db']);
    expect(result.statefulSets[1].pods.map((p) => p.dnsName)).toEqual([
      'db-0.nginx.default.svc.cluster.local',
      'db-1.nginx.default.svc.cluster.local',
    ]);
  });
});
