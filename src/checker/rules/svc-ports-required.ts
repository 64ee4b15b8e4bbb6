import {isHeadless, serviceSpecOf} from '../k8s/service-ports';
import type {Rule} from '../rule';

/**
 * A Service lists at least one port unless it is headless or an ExternalName
 * (`ValidateService` in pkg/apis/core/validation/validation.go).
 */
export const rule: Rule = {
  id: 'svc-ports-required',
  severity: 'error',
  kinds: ['Service'],
  messages: {
    en: {
      required: 'The Service `{name}` has no `ports`. A Service with a cluster IP forwards traffic port by port, so it needs at least one; the API server rejects it. If this is the governing Service of a StatefulSet, make it headless with `clusterIP: None` (ports are then optional); otherwise add `ports: [{port: 80}]`.',
    },
    'zh-TW': {
      required: 'Service `{name}` 沒有 `ports`。有 cluster IP 的 Service 是逐一連接埠轉送流量的，所以至少需要一個連接埠；API 伺服器會拒絕它。如果這是 StatefulSet 的管理 Service，請用 `clusterIP: None` 改成 Headless Service（無頭服務），連接埠就可以省略；否則請加上 `ports: [{port: 80}]`。',
    },
  },
  docs: {
    summary: {
      en: 'A Service needs at least one port, unless it is headless (`clusterIP: None`) or of type `ExternalName`.',
      'zh-TW': 'Service 至少要有一個連接埠，除非它是 Headless Service（`clusterIP: None`）或 `ExternalName` 類型。',
    },
    why: {
      en: 'A StatefulSet’s governing Service exists to give each Pod a DNS name (`web-0.web`), and for that it must be headless; a headless Service may list no ports at all. A Service with a cluster IP, however, only forwards the ports it lists, so the API server rejects one without ports, and kubectl stops before the StatefulSet in the same file is even sent.',
      'zh-TW': 'StatefulSet 的管理 Service 是為了讓每個 Pod 都有 DNS 名稱（`web-0.web`），為此它必須是 Headless Service（無頭服務）；Headless Service 可以完全不列連接埠。有 cluster IP 的 Service 則只轉送列出的連接埠，因此 API 伺服器會拒絕沒有連接埠的 Service，同一個檔案裡的其他物件也可能因此沒有套用。',
    },
    bad: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n',
    good: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  clusterIP: None\n  selector:\n    app: web\n',
    source: 'https://kubernetes.io/docs/concepts/services-networking/service/#headless-services',
    limitations: {
      en: 'A Service without any `spec` is not reported.',
      'zh-TW': '完全沒有 `spec` 的 Service 不會回報。',
    },
  },
  check(context) {
    const spec = serviceSpecOf(context.object);
    if (!spec || isHeadless(spec) || spec.type === 'ExternalName') return;

    const ports = spec.ports ?? [];
    // Ports of another type are the schema-type rule's.
    if (Array.isArray(ports) && ports.length === 0) {
      const name = context.object.name ?? '';
      context.report({path: ['spec', 'ports'], messageId: 'required', data: {name}});
    }
  },
};
