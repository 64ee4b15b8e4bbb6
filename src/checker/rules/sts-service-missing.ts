import type {Rule} from '../rule';
import type {ManifestObject} from '../types';
import {namespaceOf, objectsOfKind} from '../k8s/lookup';
import {isDns1123Label} from '../k8s/names';
import {mapSelectorMatches} from '../k8s/selectors';
import {governingService, serviceNameOf, serviceSelectorOf} from '../k8s/services';
import {templateLabelsOf} from '../k8s/workloads';

/**
 * `spec.serviceName` names a Service this text does not define. Often it is
 * in another file, so the wording allows for that; the corpus still counts it
 * as a warning, since a missing Service leaves the Pods without DNS names.
 */
export const rule: Rule = {
  id: 'sts-service-missing',
  severity: 'warning',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      missing:
        '`spec.serviceName` is `{service}`, but this text defines no Service `{service}`. That is fine if it lives in another file that is applied first; otherwise the Pods get no DNS names such as `{name}-0.{service}`, because a StatefulSet does not create its Service. Make sure a headless Service `{service}` (`clusterIP: None`) exists, or add one here.',
      missingSimilar:
        '`spec.serviceName` is `{service}`, but the Service in this text that selects these Pods is called `{candidate}`. Unless a Service `{service}` is defined elsewhere, the Pods get no DNS names such as `{name}-0.{service}`. Set `serviceName: {candidate}`, or rename the Service.',
      otherNamespaceUnset:
        '`spec.serviceName` is `{service}`. In this text the {setKind} is in the namespace `{found}`, but the {unsetKind} has no `metadata.namespace`, so kubectl puts it in your current namespace (often `default`, not always). The governing Service must be in the StatefulSet\'s own namespace, or the Pods get no DNS names such as `{name}-0.{service}`. Give both the same `metadata.namespace`, or leave it out of both.',
      otherNamespace:
        '`spec.serviceName` is `{service}`, but the Service `{service}` in this text is in the namespace `{found}`, while this StatefulSet is in `{namespace}`. The governing Service must be in the StatefulSet\'s own namespace, or the Pods get no DNS names such as `{name}-0.{service}`. Put both in the same namespace.',
    },
    'zh-TW': {
      missing:
        '`spec.serviceName` 是 `{service}`，但這份內容沒有定義名為 `{service}` 的 Service。如果它在另一個檔案裡、而且會先套用，那就沒問題；否則 Pod 不會有 `{name}-0.{service}` 這類 DNS 名稱，因為 StatefulSet 不會自己建立 Service。請確認叢集裡有 Headless Service `{service}`（`clusterIP: None`），或在這裡加上一個。',
      missingSimilar:
        '`spec.serviceName` 是 `{service}`，但這份內容裡選到這些 Pod 的 Service 叫做 `{candidate}`。除非別處定義了 `{service}`，否則 Pod 不會有 `{name}-0.{service}` 這類 DNS 名稱。請改成 `serviceName: {candidate}`，或把 Service 改名。',
      otherNamespaceUnset:
        '`spec.serviceName` 是 `{service}`。這份內容裡的 {setKind} 位於命名空間 `{found}`，{unsetKind} 卻沒有設定 `metadata.namespace`，kubectl 會把它放進你目前所在的命名空間（常常是 `default`，但不一定）。負責的 Service 必須和 StatefulSet 在同一個命名空間，否則 Pod 不會有 `{name}-0.{service}` 這類 DNS 名稱。請讓兩者的 `metadata.namespace` 相同，或兩者都不寫。',
      otherNamespace:
        '`spec.serviceName` 是 `{service}`，但這份內容裡的 Service `{service}` 位於命名空間 `{found}`，這個 StatefulSet 卻在 `{namespace}`。負責的 Service 必須和 StatefulSet 在同一個命名空間，否則 Pod 不會有 `{name}-0.{service}` 這類 DNS 名稱。請把兩者放在同一個命名空間。',
    },
  },
  docs: {
    summary: {
      en: 'The Service named in `spec.serviceName` should exist, in the StatefulSet\'s namespace.',
      'zh-TW': '`spec.serviceName` 指定的 Service 應該存在，而且要和 StatefulSet 在同一個命名空間。',
    },
    why: {
      en: 'A StatefulSet does not create its governing Service; the API reference says it "must exist before the StatefulSet". When it is missing, nothing fails loudly: the Pods start, but DNS has no `web-0.nginx` records, so members that find one another by name never form a cluster. The checker sees only the text in the editor, so a Service kept in another file is reported too.',
      'zh-TW': 'StatefulSet 不會自己建立負責它的 Service；API 參考文件寫明它「必須在 StatefulSet 之前就存在」。少了它也不會有明顯的錯誤：Pod 照樣啟動，但 DNS 沒有 `web-0.nginx` 這類紀錄，靠名稱尋找彼此的成員就組不成叢集。檢查器只看得到編輯器裡的內容，所以放在其他檔案的 Service 也會被回報。',
    },
    bad: [
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
    source: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/stateful-set-v1/#StatefulSetSpec',
    limitations: {
      en: 'The checker sees only the text in the editor: a Service defined in another file or already in the cluster is reported anyway.',
      'zh-TW': '檢查器只看得到編輯器裡的內容：定義在其他檔案、或已經在叢集裡的 Service，仍然會被回報。',
    },
  },
  check(context) {
    const {object, objects} = context;
    const service = serviceNameOf(object);
    if (service === undefined || governingService(objects, object)) return;
    // A name that is not a DNS label is an error (sts-service-name-format);
    // no Service could carry it, so saying it is missing adds nothing.
    if (!isDns1123Label(service)) return;

    const path = ['spec', 'serviceName'];
    const name = object.name ?? '<name>';
    const elsewhere = objectsOfKind(objects, 'Service').find((s) => s.name === service);
    if (elsewhere) {
      // Without `metadata.namespace` an object goes to kubectl's current
      // namespace, which is not necessarily `default`: say so, not a guess.
      const unset = [object, elsewhere].find((o) => o.namespace === undefined);
      const other = unset === object ? elsewhere : object;
      if (unset && other.namespace !== undefined) {
        context.report({
          path,
          messageId: 'otherNamespaceUnset',
          data: {service, name, found: other.namespace, setKind: other.kind, unsetKind: unset.kind},
        });
        return;
      }
      context.report({
        path,
        messageId: 'otherNamespace',
        data: {service, name, found: namespaceOf(elsewhere), namespace: namespaceOf(object)},
      });
      return;
    }
    const candidate = soleServiceSelecting(objects, object);
    if (candidate?.name) {
      context.report({path, messageId: 'missingSimilar', data: {service, name, candidate: candidate.name}});
      return;
    }
    context.report({path, messageId: 'missing', data: {service, name}});
  },
};

/** The one Service of the namespace whose selector picks the template's Pods. */
function soleServiceSelecting(
  objects: ReadonlyArray<ManifestObject>,
  statefulSet: ManifestObject,
): ManifestObject | undefined {
  const labels = templateLabelsOf(statefulSet);
  const candidates = objectsOfKind(objects, 'Service').filter(
    (service) =>
      namespaceOf(service) === namespaceOf(statefulSet) &&
      mapSelectorMatches(serviceSelectorOf(service), labels),
  );
  return candidates.length === 1 ? candidates[0] : undefined;
}
