import {isDns1123Label} from '../k8s/names';
import {servicePortsOf} from '../k8s/service-ports';
import type {Rule} from '../rule';
import {formatPath} from '../yaml/locate';

/**
 * Service port names: required when there is more than one port, DNS labels,
 * and unique (`validateServicePort` in pkg/apis/core/validation/validation.go).
 */
export const rule: Rule = {
  id: 'svc-port-name-unique',
  severity: 'error',
  kinds: ['Service'],
  messages: {
    en: {
      required: 'This Service has {count} ports, and this one has no `name`. With more than one port each needs a name, which DNS uses for SRV records (`_{example}._tcp.<service>`); the API server rejects the Service. Add `name:`, such as the container port’s name.',
      invalid: 'The Service port name `{name}` is not a DNS label (lower-case letters, digits and `-`, at most 63 characters). The API server rejects the Service. Rename it, for example to `{suggestion}`.',
      duplicate: 'The Service port name `{name}` is already used by `{first}`. Port names identify ports in DNS SRV records and EndpointSlices, so they must be unique; the API server rejects the Service. Rename one of them.',
    },
    'zh-TW': {
      required: '這個 Service 有 {count} 個連接埠，而這一個沒有 `name`。連接埠超過一個時，每個都必須命名，DNS 的 SRV 紀錄會用到它（`_{example}._tcp.<service>`）；API 伺服器會拒絕這個 Service。請加上 `name:`，例如沿用容器連接埠的名稱。',
      invalid: 'Service 連接埠名稱 `{name}` 不是合法的 DNS label（小寫字母、數字和 `-`，最多 63 個字元）。API 伺服器會拒絕這個 Service。請改名，例如改成 `{suggestion}`。',
      duplicate: 'Service 連接埠名稱 `{name}` 已經被 `{first}` 用掉了。連接埠名稱在 DNS SRV 紀錄和 EndpointSlice 中用來識別連接埠，所以不能重複；API 伺服器會拒絕這個 Service。請把其中一個改名。',
    },
  },
  docs: {
    summary: {
      en: 'When a Service has more than one port, every port needs a `name`; names are DNS labels and unique within the Service.',
      'zh-TW': 'Service 有多個連接埠時，每個連接埠都需要 `name`；名稱必須是 DNS label，且在同一個 Service 內不能重複。',
    },
    why: {
      en: 'A StatefulSet’s headless Service publishes SRV records per named port (`_peer._tcp.web.default.svc`), which clustered databases use to find their peers. So with several ports the names are required and unique. A missing or repeated name makes the API server reject the Service, and the Pods lose their DNS names.',
      'zh-TW': 'StatefulSet 的 Headless Service（無頭服務）會替每個具名連接埠發布 SRV 紀錄（`_peer._tcp.web.default.svc`），叢集型資料庫就是靠它找到彼此。所以連接埠有多個時，名稱是必要的，也不能重複。缺少名稱或名稱重複，API 伺服器都會拒絕這個 Service，Pod 也就沒有 DNS 名稱。',
    },
    bad: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n  clusterIP: None\n  selector:\n    app: db\n  ports:\n  - port: 5432\n  - port: 8008\n    name: patroni\n',
    good: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n  clusterIP: None\n  selector:\n    app: db\n  ports:\n  - port: 5432\n    name: postgres\n  - port: 8008\n    name: patroni\n',
    source: 'https://kubernetes.io/docs/concepts/services-networking/service/#multi-port-services',
  },
  check(context) {
    const ports = servicePortsOf(context.object);
    const firstByName = new Map<string, string>();

    for (const {port, path} of ports) {
      const name = port.name;
      const namePath = [...path, 'name'];
      if (name === undefined || name === null || name === '') {
        if (ports.length > 1) {
          const example = typeof port.port === 'number' ? `port-${port.port}` : 'http';
          const data = {count: ports.length, example};
          context.report({path: namePath, messageId: 'required', data});
        }
        continue;
      }
      // A name of another type is the schema-type rule's.
      if (typeof name !== 'string') continue;

      if (!isDns1123Label(name)) {
        const suggestion = suggestLabel(name);
        context.report({path: namePath, messageId: 'invalid', data: {name, suggestion}});
      } else if (firstByName.has(name)) {
        const first = firstByName.get(name) ?? '';
        context.report({path: namePath, messageId: 'duplicate', data: {name, first}});
      } else {
        firstByName.set(name, formatPath(path));
      }
    }
  },
};

/** `Web_UI` → `web-ui`: a DNS label to offer in the message. */
function suggestLabel(name: string): string {
  const label = name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .slice(0, 63)
    .replace(/^-+|-+$/g, '');
  return label || 'http';
}
