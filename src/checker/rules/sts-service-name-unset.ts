import type {FixSpec, Rule, RuleContext} from '../rule';
import type {ManifestObject} from '../types';
import {namespaceOf, objectsOfKind} from '../k8s/lookup';
import {getIn} from '../k8s/objects';
import {templateLabelsOf} from '../k8s/workloads';
import {mapSelectorMatches} from '../k8s/selectors';
import {serviceSelectorOf} from '../k8s/services';
import {insertFirstField} from '../yaml/edits';
import {replaceString} from '../yaml/scalar-edit';

/**
 * A StatefulSet without `spec.serviceName`. The API server accepts it (the
 * field is optional), but its Pods get no DNS subdomain.
 */
export const rule: Rule = {
  id: 'sts-service-name-unset',
  severity: 'warning',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      unset:
        '`spec.serviceName` is missing or empty, so the Pods of this StatefulSet get no DNS subdomain: names such as `{name}-0.<service>` never resolve, and the members cannot find one another by a stable name. Set `spec.serviceName` to a headless Service (`clusterIP: None`) that selects these Pods.',
      unsetWithService:
        '`spec.serviceName` is missing or empty, so the headless Service `{service}` in this file gives these Pods no stable DNS names such as `{name}-0.{service}`. Add `serviceName: {service}` under `spec`.',
      setServiceName: 'Set `serviceName: {service}`',
    },
    'zh-TW': {
      unset:
        '沒有設定 `spec.serviceName`（或是空字串），這個 StatefulSet 的 Pod 不會有 DNS 子網域：`{name}-0.<service>` 這類名稱無法解析，成員之間也無法用固定的名稱找到彼此。請把 `spec.serviceName` 設為一個選到這些 Pod 的 Headless Service（`clusterIP: None`）。',
      unsetWithService:
        '沒有設定 `spec.serviceName`（或是空字串），所以這個檔案裡的 Headless Service `{service}` 無法替 Pod 提供 `{name}-0.{service}` 這類固定的 DNS 名稱。請在 `spec` 底下加上 `serviceName: {service}`。',
      setServiceName: '設定 `serviceName: {service}`',
    },
  },
  docs: {
    summary: {
      en: 'A StatefulSet should name its governing headless Service in `spec.serviceName`.',
      'zh-TW': 'StatefulSet 應該在 `spec.serviceName` 指定負責它的 Headless Service。',
    },
    why: {
      en: 'The stable network identity of a StatefulSet (`web-0.nginx`, `web-1.nginx`…) comes from the Service named in `spec.serviceName`. Without it the API server still accepts the object (the field is optional since Kubernetes 1.33 and was never enforced), but the Pods get no subdomain, so clustered software that finds its peers by name cannot start. Tools that validate against an older OpenAPI schema (helm lint, kubeconform) even report the field as required.',
      'zh-TW': 'StatefulSet 的固定網路身分（`web-0.nginx`、`web-1.nginx`…）來自 `spec.serviceName` 指定的 Service。少了它，API 伺服器仍會接受這個物件（這個欄位從 Kubernetes 1.33 起明確標為選填，之前也從未強制），但 Pod 不會有子網域，靠名稱尋找彼此的叢集軟體就啟動不了。依照舊版 OpenAPI 結構描述驗證的工具（helm lint、kubeconform）甚至會把它當成必填欄位報錯。',
    },
    bad: [
      'apiVersion: apps/v1',
      'kind: StatefulSet',
      'metadata:',
      '  name: web',
      'spec:',
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
      'apiVersion: apps/v1',
      'kind: StatefulSet',
      'metadata:',
      '  name: web',
      'spec:',
      '  serviceName: web',
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
    source: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#stable-network-id',
  },
  check(context) {
    const {object} = context;
    const serviceName = getIn(object.value, ['spec', 'serviceName']);
    const isUnset = serviceName === undefined || serviceName === null || serviceName === '';
    if (!isUnset) return;

    const path = ['spec', 'serviceName'];
    const name = object.name ?? '<name>';
    const service = soleHeadlessServiceFor(context.objects, object);
    if (!service?.name) {
      context.report({path, messageId: 'unset', data: {name}});
      return;
    }
    context.report({
      path,
      messageId: 'unsetWithService',
      data: {name, service: service.name},
      fix: serviceNameFix(context, service.name),
    });
  },
};

/** The one headless Service of the namespace that selects the template's Pods. */
function soleHeadlessServiceFor(
  objects: ReadonlyArray<ManifestObject>,
  statefulSet: ManifestObject,
): ManifestObject | undefined {
  const labels = templateLabelsOf(statefulSet);
  const candidates = objectsOfKind(objects, 'Service').filter(
    (service) =>
      namespaceOf(service) === namespaceOf(statefulSet) &&
      getIn(service.value, ['spec', 'clusterIP']) === 'None' &&
      mapSelectorMatches(serviceSelectorOf(service), labels),
  );
  return candidates.length === 1 ? candidates[0] : undefined;
}

function serviceNameFix(context: RuleContext, service: string): FixSpec | undefined {
  const current = getIn(context.object.value, ['spec', 'serviceName']);
  // `serviceName:` with no value has no range of its own to replace.
  if (current === null) return undefined;
  const edit =
    current === ''
      ? replaceString(context, ['spec', 'serviceName'], service)
      : insertFirstField(context.node, context.rangeOf, ['spec'], `serviceName: ${service}`);
  return edit && {messageId: 'setServiceName', data: {service}, edits: [edit]};
}
