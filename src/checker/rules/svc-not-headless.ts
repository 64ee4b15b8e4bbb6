import type {FixSpec, Rule, RuleContext} from '../rule';
import type {ManifestObject} from '../types';
import {getIn} from '../k8s/objects';
import {governingService} from '../k8s/services';
import {insertFirstField} from '../yaml/edits';
import {replaceString} from '../yaml/scalar-edit';

// The fix edits the Service, but the diagnostic belongs to the StatefulSet
// (spec.serviceName), and a rule context only locates fields of its own
// object. So this rule also runs on Services and keeps their contexts.
// TODO(#2): the engine should locate fields of any object of the text; until
// then a Service that comes after its StatefulSet gets no quick fix.
const SERVICE_CONTEXTS = new WeakMap<ManifestObject, RuleContext>();

/**
 * The governing Service is not headless. Only a headless Service gives each
 * Pod its own DNS record.
 */
export const rule: Rule = {
  id: 'svc-not-headless',
  severity: 'warning',
  kinds: ['StatefulSet', 'Service'],
  messages: {
    en: {
      unset:
        '`spec.serviceName` names the Service `{service}`, which is not headless: it has no `clusterIP: None`, so it gets one virtual IP for all Pods, and DNS has no per-Pod names such as `{name}-0.{service}`. The Pods of this StatefulSet then have no stable network identity. Add `clusterIP: None` to the Service\'s `spec` (an existing Service must be deleted and created again, since its cluster IP cannot change).',
      notNone:
        '`spec.serviceName` names the Service `{service}`, whose `clusterIP` is `{clusterIP}` instead of `None`: it is not headless, so DNS has no per-Pod names such as `{name}-0.{service}`, and the Pods of this StatefulSet have no stable network identity. Set `clusterIP: None` (an existing Service must be deleted and created again, since its cluster IP cannot change).',
      makeHeadless: 'Make the Service `{service}` headless (`clusterIP: None`)',
    },
    'zh-TW': {
      unset:
        '`spec.serviceName` 指定的 Service `{service}` 不是 Headless Service：它沒有 `clusterIP: None`，所以所有 Pod 共用一個虛擬 IP，DNS 也沒有 `{name}-0.{service}` 這類個別 Pod 的名稱，這個 StatefulSet 的 Pod 因此沒有固定的網路身分。請在 Service 的 `spec` 加上 `clusterIP: None`（已經存在的 Service 必須刪除後重新建立，因為 cluster IP 建立後不能修改）。',
      notNone:
        '`spec.serviceName` 指定的 Service `{service}`，`clusterIP` 是 `{clusterIP}` 而不是 `None`：它不是 Headless Service，DNS 沒有 `{name}-0.{service}` 這類個別 Pod 的名稱，這個 StatefulSet 的 Pod 因此沒有固定的網路身分。請設定 `clusterIP: None`（已經存在的 Service 必須刪除後重新建立，因為 cluster IP 建立後不能修改）。',
      makeHeadless: '把 Service `{service}` 改成 Headless（`clusterIP: None`）',
    },
  },
  docs: {
    summary: {
      en: 'The Service named in `spec.serviceName` should be headless (`clusterIP: None`).',
      'zh-TW': '`spec.serviceName` 指定的 Service 應該是 Headless Service（`clusterIP: None`）。',
    },
    why: {
      en: 'A StatefulSet\'s Pods get their stable names (`web-0.nginx`, `web-1.nginx`) from DNS records that exist only for a headless Service. A normal Service load-balances over all Pods behind one virtual IP, so a client cannot reach a particular member, such as the database primary, by name.',
      'zh-TW': 'StatefulSet 的 Pod 靠 DNS 紀錄取得固定名稱（`web-0.nginx`、`web-1.nginx`），而這些紀錄只有 Headless Service 才會產生。一般的 Service 用一個虛擬 IP 在所有 Pod 之間做負載平衡，用戶端無法用名稱連到特定成員，例如資料庫的主節點。',
    },
    bad: [
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  name: nginx',
      'spec:',
      '  selector:',
      '    app: web',
      '  ports:',
      '  - port: 80',
      '---',
      'apiVersion: apps/v1',
      'kind: StatefulSet',
      'metadata:',
      '  name: web',
      'spec:',
      '  serviceName: nginx',
      '  selector:',
      '    matchLabels:',
      '      app: web',
      '  template:',
      '    metadata:',
      '      labels:',
      '        app: web',
      '    spec:',
      '      containers:',
      '      - name: web',
      '        image: registry.k8s.io/nginx-slim:0.8',
      '',
    ].join('\n'),
    good: [
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  name: nginx',
      'spec:',
      '  clusterIP: None',
      '  selector:',
      '    app: web',
      '  ports:',
      '  - port: 80',
      '---',
      'apiVersion: apps/v1',
      'kind: StatefulSet',
      'metadata:',
      '  name: web',
      'spec:',
      '  serviceName: nginx',
      '  selector:',
      '    matchLabels:',
      '      app: web',
      '  template:',
      '    metadata:',
      '      labels:',
      '        app: web',
      '    spec:',
      '      containers:',
      '      - name: web',
      '        image: registry.k8s.io/nginx-slim:0.8',
      '',
    ].join('\n'),
    source: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#limitations',
    limitations: {
      en: 'The quick fix is offered only when the Service comes before the StatefulSet in the text.',
      'zh-TW': '只有當 Service 在內容中位於 StatefulSet 之前時，才會提供快速修正。',
    },
  },
  check(context) {
    const {object} = context;
    if (object.kind === 'Service') {
      SERVICE_CONTEXTS.set(object, context);
      return;
    }

    const service = governingService(context.objects, object);
    if (!service?.name) return;
    const clusterIP = getIn(service.value, ['spec', 'clusterIP']);
    if (clusterIP === 'None') return;

    const path = ['spec', 'serviceName'];
    const data = {service: service.name, name: object.name ?? '<name>'};
    const fix = headlessFix(service);
    if (typeof clusterIP === 'string' && clusterIP !== '') {
      context.report({path, messageId: 'notNone', data: {...data, clusterIP}, fix});
    } else {
      context.report({path, messageId: 'unset', data, fix});
    }
  },
};

function headlessFix(service: ManifestObject): FixSpec | undefined {
  const serviceContext = SERVICE_CONTEXTS.get(service);
  const type = getIn(service.value, ['spec', 'type']);
  // Only a ClusterIP Service can be headless; NodePort, LoadBalancer and
  // ExternalName need a different design, not a one-line edit.
  if (!serviceContext || (type !== undefined && type !== 'ClusterIP')) return undefined;
  // `clusterIPs` must agree with `clusterIP`; two edits are no longer obvious.
  if (getIn(service.value, ['spec', 'clusterIPs']) !== undefined) return undefined;

  const clusterIP = getIn(service.value, ['spec', 'clusterIP']);
  const edit =
    typeof clusterIP === 'string'
      ? replaceString(serviceContext, ['spec', 'clusterIP'], 'None')
      : clusterIP === undefined
        ? insertFirstField(serviceContext.node, serviceContext.rangeOf, ['spec'], 'clusterIP: None')
        : undefined;
  return edit && {messageId: 'makeHeadless', data: {service: service.name ?? ''}, edits: [edit]};
}
