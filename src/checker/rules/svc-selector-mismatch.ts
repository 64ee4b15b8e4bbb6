import type {Rule, RuleContext} from '../rule';
import {formatLabels} from '../k8s/describe';
import {asLabels} from '../k8s/objects';
import {mapSelectorMatches} from '../k8s/selectors';
import {governingService, serviceSelectorOf, statefulSetsGovernedBy} from '../k8s/services';
import {templateLabelsOf} from '../k8s/workloads';

/**
 * The governing Service does not select the StatefulSet's Pods. A wrong
 * selector is reported on the Service, where the edit goes; a Service with no
 * selector at all may be deliberate (its endpoints managed by hand), so that
 * is reported where the StatefulSet relies on it, at `spec.serviceName`.
 */
export const rule: Rule = {
  id: 'svc-selector-mismatch',
  severity: 'warning',
  kinds: ['Service', 'StatefulSet'],
  messages: {
    en: {
      mismatch:
        'This Service governs the StatefulSet `{statefulset}`, but its selector `{selector}` does not select that StatefulSet\'s Pods (labels `{labels}`). The Service gets no endpoints, so DNS has no records for `{statefulset}-0.{service}` and the other members. Make the selector a subset of the Pod template\'s labels.',
      noSelector:
        '`spec.serviceName` names the Service `{service}`, which has no selector. Kubernetes then keeps no endpoints for it, so DNS has no per-Pod names such as `{name}-0.{service}` unless something else manages its EndpointSlices. Give the Service a selector that matches the Pod template\'s labels.',
    },
    'zh-TW': {
      mismatch:
        '這個 Service 負責 StatefulSet `{statefulset}`，但它的選擇器 `{selector}` 選不到那個 StatefulSet 的 Pod（標籤為 `{labels}`）。Service 因此沒有任何端點，DNS 也就沒有 `{statefulset}-0.{service}` 等成員的紀錄。請讓選擇器成為 Pod 範本標籤的子集。',
      noSelector:
        '`spec.serviceName` 指定的 Service `{service}` 沒有選擇器。Kubernetes 不會替它維護端點，所以除非有其他程式管理它的 EndpointSlice，DNS 不會有 `{name}-0.{service}` 這類個別 Pod 的名稱。請替 Service 加上符合 Pod 範本標籤的選擇器。',
    },
  },
  docs: {
    summary: {
      en: 'The governing Service\'s selector should select the StatefulSet\'s Pods.',
      'zh-TW': '負責的 Service 的選擇器應該選到 StatefulSet 的 Pod。',
    },
    why: {
      en: 'DNS creates a record such as `web-0.nginx` only for a Pod that the headless Service selects. With a selector that matches no Pod, or no selector at all, the Service is empty: the StatefulSet runs, but its members cannot be reached by their stable names.',
      'zh-TW': 'DNS 只會替 Headless Service 選到的 Pod 建立 `web-0.nginx` 這類紀錄。選擇器選不到任何 Pod，或根本沒有選擇器時，Service 是空的：StatefulSet 照常執行，成員卻無法用固定的名稱連線。',
    },
    bad: [
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  name: nginx',
      'spec:',
      '  clusterIP: None',
      '  selector:',
      '    app: nginx',
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
    source: 'https://kubernetes.io/docs/concepts/services-networking/dns-pod-service/#a-aaaa-records-1',
  },
  check(context) {
    if (context.object.kind === 'Service') checkService(context);
    else checkStatefulSet(context);
  },
};

function checkService(context: RuleContext): void {
  const service = context.object;
  const selector = serviceSelectorOf(service);
  if (!selector || !service.name) return;
  for (const statefulSet of statefulSetsGovernedBy(context.objects, service)) {
    const labels = templateLabelsOf(statefulSet);
    // No template labels at all is an error of the StatefulSet itself.
    if (Object.keys(labels).length === 0 || mapSelectorMatches(selector, labels)) continue;
    context.report({
      path: ['spec', 'selector'],
      messageId: 'mismatch',
      data: {
        service: service.name,
        statefulset: statefulSet.name ?? '<name>',
        selector: formatLabels(asLabels(selector)),
        labels: formatLabels(labels),
      },
    });
  }
}

function checkStatefulSet(context: RuleContext): void {
  const service = governingService(context.objects, context.object);
  if (!service?.name || serviceSelectorOf(service)) return;
  context.report({
    path: ['spec', 'serviceName'],
    messageId: 'noSelector',
    data: {service: service.name, name: context.object.name ?? '<name>'},
  });
}
