import {isPortName} from '../k8s/names';
import {isInt32} from '../k8s/pod-template';
import {isPortNumber, servicePortsOf} from '../k8s/service-ports';
import type {Rule} from '../rule';

/**
 * Service `port` is 1-65535 and `targetPort` a port number or a port name
 * (`validateServicePort` / `ValidatePortNumOrName` in
 * pkg/apis/core/validation/validation.go). A missing, 0 or "" targetPort is
 * defaulted to `port`.
 */
export const rule: Rule = {
  id: 'svc-port-number',
  severity: 'error',
  kinds: ['Service'],
  messages: {
    en: {
      port: '`port` is {value}, but a Service port is a number between 1 and 65535. The API server rejects the Service, so the StatefulSet’s Pods get no DNS records through it. Set the port clients connect to.',
      portMissing: 'This Service port has no `port` number. Every entry of `ports` needs one, between 1 and 65535; the API server rejects the Service. Add `port:` with the port clients connect to.',
      targetPort: '`targetPort` is {value}, but a port number is between 1 and 65535. The API server rejects the Service. Use the container’s port number, or the name of a container port.',
      targetPortQuoted: '`targetPort` is the string `"{value}"`. A string is read as a port *name*, and a name needs at least one letter, so the API server rejects the Service. Write the number without quotes.',
      targetPortName: '`targetPort` is `{value}`, which is neither a number nor a valid port name (at most 15 lower-case letters, digits and `-`, with at least one letter). The API server rejects the Service. Use the container port’s number or its `name`.',
      unquote: 'Write {value} as a number',
    },
    'zh-TW': {
      port: '`port` 是 {value}，但 Service 的連接埠必須是 1 到 65535 之間的數字。API 伺服器會拒絕這個 Service，StatefulSet 的 Pod 也就無法透過它取得 DNS 紀錄。請填入用戶端連線用的連接埠。',
      portMissing: '這個 Service 連接埠沒有 `port` 號碼。`ports` 的每一項都需要一個 1 到 65535 之間的號碼；API 伺服器會拒絕這個 Service。請加上 `port:`，填入用戶端連線用的連接埠。',
      targetPort: '`targetPort` 是 {value}，但連接埠號碼必須介於 1 到 65535。API 伺服器會拒絕這個 Service。請填入容器的連接埠號碼，或容器連接埠的名稱。',
      targetPortQuoted: '`targetPort` 是字串 `"{value}"`。字串會被當成連接埠「名稱」，而名稱至少要有一個英文字母，所以 API 伺服器會拒絕這個 Service。請去掉引號，直接寫數字。',
      targetPortName: '`targetPort` 是 `{value}`，既不是數字，也不是合法的連接埠名稱（最多 15 個小寫字母、數字和 `-`，且至少一個字母）。API 伺服器會拒絕這個 Service。請填入容器連接埠的號碼或它的 `name`。',
      unquote: '把 {value} 寫成數字',
    },
  },
  docs: {
    summary: {
      en: 'Service ports need a `port` between 1 and 65535; `targetPort`, when set, is such a number or the name of a container port.',
      'zh-TW': 'Service 連接埠的 `port` 必須介於 1 到 65535；有設定 `targetPort` 時，它必須是這樣的數字，或容器連接埠的名稱。',
    },
    why: {
      en: 'The governing Service publishes the StatefulSet’s Pods in DNS, including SRV records per named port. An impossible port makes the API server reject the Service, and without it the Pods get no stable names. A quoted number such as `targetPort: "8080"` is a common slip: quoted, it is read as a port name, and names need a letter.',
      'zh-TW': '管理 Service 負責在 DNS 中公開 StatefulSet 的 Pod，包含每個具名連接埠的 SRV 紀錄。不合理的連接埠會讓 API 伺服器拒絕這個 Service，少了它，Pod 就沒有固定的名稱。常見的失誤是加了引號的數字，例如 `targetPort: "8080"`：加了引號就被當成連接埠名稱，而名稱必須含有字母。',
    },
    bad: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  clusterIP: None\n  selector:\n    app: web\n  ports:\n  - port: 80\n    targetPort: "8080"\n',
    good: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  clusterIP: None\n  selector:\n    app: web\n  ports:\n  - port: 80\n    targetPort: 8080\n',
    source: 'https://kubernetes.io/docs/reference/kubernetes-api/service-resources/service-v1/#ServiceSpec',
    limitations: {
      en: 'Whether a named `targetPort` exists in the selected Pods is not checked here. `nodePort` is not checked.',
      'zh-TW': '這裡不檢查具名的 `targetPort` 是否存在於被選取的 Pod 中，也不檢查 `nodePort`。',
    },
  },
  check(context) {
    for (const {port: entry, path} of servicePortsOf(context.object)) {
      // Numbers beyond int32, fractions and strings are the schema-type rule's.
      const port = entry.port;
      if (port === undefined || port === null) {
        context.report({path: [...path, 'port'], messageId: 'portMissing'});
      } else if (isInt32(port) && !isPortNumber(port)) {
        context.report({path: [...path, 'port'], messageId: 'port', data: {value: port}});
      }

      const target = entry.targetPort;
      const targetPath = [...path, 'targetPort'];
      if (isInt32(target) && target !== 0 && !isPortNumber(target)) {
        context.report({path: targetPath, messageId: 'targetPort', data: {value: target}});
      } else if (typeof target === 'string' && target !== '' && !isPortName(target)) {
        const isQuotedNumber = /^\d+$/.test(target) && isPortNumber(Number(target));
        const edit = {...context.rangeOf(targetPath), newText: String(Number(target))};
        context.report({
          path: targetPath,
          messageId: isQuotedNumber ? 'targetPortQuoted' : 'targetPortName',
          data: {value: target},
          fix: isQuotedNumber
            ? {messageId: 'unquote', data: {value: target}, edits: [edit]}
            : undefined,
        });
      }
    }
  },
};
