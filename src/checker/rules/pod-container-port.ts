import {asArray, isRecord} from '../k8s/objects';
import {containersOf, isInt32} from '../k8s/pod-template';
import type {Rule} from '../rule';
import {replaceString} from '../yaml/scalar-edit';

const PROTOCOLS = ['TCP', 'UDP', 'SCTP'];

/**
 * Container ports: `containerPort` in 1-65535, `hostPort` too when set, and a
 * known protocol (`validateContainerPorts` in
 * pkg/apis/core/validation/validation.go; StatefulSets since v1.34). An empty
 * protocol is defaulted to TCP.
 */
export const rule: Rule = {
  id: 'pod-container-port',
  severity: 'error',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      required: 'This port entry has no `containerPort` (or it is 0). Each entry of `ports` describes a port the container listens on; since Kubernetes 1.34 the StatefulSet is rejected, and older clusters fail to create every replica. Set `containerPort` to the port number, between 1 and 65535.',
      outOfRange: '`containerPort` is {value}, but a port number is between 1 and 65535. Since Kubernetes 1.34 the StatefulSet is rejected, and older clusters fail to create every replica. Use the port the process really listens on.',
      hostPortOutOfRange: '`hostPort` is {value}, but a port number is between 1 and 65535 (leave the field out to expose no host port). Since Kubernetes 1.34 the StatefulSet is rejected, and older clusters fail to create every replica.',
      protocol: '`protocol` is `{value}`; Kubernetes knows only `TCP`, `UDP` and `SCTP`, written in capitals. Since Kubernetes 1.34 the StatefulSet is rejected, and older clusters fail to create every replica. Write one of them, or leave the field out for TCP.',
      useProtocol: 'Write `{value}`',
    },
    'zh-TW': {
      required: '這個連接埠項目沒有 `containerPort`（或值為 0）。`ports` 的每一項都描述容器監聽的一個連接埠；從 Kubernetes 1.34 起 StatefulSet 會被拒絕，較舊的叢集則是每個副本都建立失敗。請把 `containerPort` 設成 1 到 65535 之間的連接埠號碼。',
      outOfRange: '`containerPort` 是 {value}，但連接埠號碼必須介於 1 到 65535。從 Kubernetes 1.34 起 StatefulSet 會被拒絕，較舊的叢集則是每個副本都建立失敗。請填入程式實際監聽的連接埠。',
      hostPortOutOfRange: '`hostPort` 是 {value}，但連接埠號碼必須介於 1 到 65535（不需要主機連接埠就整個拿掉這個欄位）。從 Kubernetes 1.34 起 StatefulSet 會被拒絕，較舊的叢集則是每個副本都建立失敗。',
      protocol: '`protocol` 是 `{value}`；Kubernetes 只認得全大寫的 `TCP`、`UDP` 和 `SCTP`。從 Kubernetes 1.34 起 StatefulSet 會被拒絕，較舊的叢集則是每個副本都建立失敗。請改成其中之一，或拿掉這個欄位，預設就是 TCP。',
      useProtocol: '改成 `{value}`',
    },
  },
  docs: {
    summary: {
      en: 'Container ports need a `containerPort` between 1 and 65535, a `hostPort` in the same range when set, and a protocol of `TCP`, `UDP` or `SCTP`.',
      'zh-TW': '容器連接埠需要 1 到 65535 之間的 `containerPort`；有設定 `hostPort` 時也必須在這個範圍內；`protocol` 只能是 `TCP`、`UDP` 或 `SCTP`。',
    },
    why: {
      en: 'The headless Service of a StatefulSet publishes the Pods’ ports by these numbers and names, so they must be real port numbers. Kubernetes 1.34 and later reject a StatefulSet with an impossible port when it is created; older versions accept it and then fail to create every Pod.',
      'zh-TW': 'StatefulSet 的 Headless Service（無頭服務）靠這些號碼和名稱對外公開 Pod 的連接埠，所以它們必須是真正的連接埠號碼。Kubernetes 1.34 以後在建立時就會拒絕連接埠不合理的 StatefulSet；較舊的版本會先接受，接著每個 Pod 都建立失敗。',
    },
    bad: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n        ports:\n        - containerPort: 80800\n',
    good: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n        ports:\n        - containerPort: 8080\n',
    source: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#ports',
    limitations: {
      en: 'Numbers beyond the int32 range and ports written as strings are reported by `schema-type`. Whether the process really listens on the port is not visible in a manifest.',
      'zh-TW': '超出 int32 範圍的數字，以及寫成字串的連接埠，由 `schema-type` 回報。程式是否真的監聽該連接埠，從 manifest 看不出來。',
    },
  },
  check(context) {
    for (const {container, path} of containersOf(context.object)) {
      asArray(container.ports).forEach((port, index) => {
        if (!isRecord(port)) return;
        const portPath = [...path, 'ports', index];

        // Only numbers are judged here; other types are schema-type's.
        const containerPort = port.containerPort;
        if (containerPort === undefined || containerPort === null || containerPort === 0) {
          context.report({path: [...portPath, 'containerPort'], messageId: 'required'});
        } else if (isInt32(containerPort) && !isPortNumber(containerPort)) {
          context.report({
            path: [...portPath, 'containerPort'],
            messageId: 'outOfRange',
            data: {value: containerPort},
          });
        }

        const hostPort = port.hostPort;
        if (isInt32(hostPort) && hostPort !== 0 && !isPortNumber(hostPort)) {
          context.report({
            path: [...portPath, 'hostPort'],
            messageId: 'hostPortOutOfRange',
            data: {value: hostPort},
          });
        }

        const protocol = port.protocol;
        if (typeof protocol === 'string' && protocol !== '' && !PROTOCOLS.includes(protocol)) {
          const known = PROTOCOLS.find((p) => p === protocol.toUpperCase());
          const edit = known && replaceString(context, [...portPath, 'protocol'], known);
          context.report({
            path: [...portPath, 'protocol'],
            messageId: 'protocol',
            data: {value: protocol},
            fix: edit ? {messageId: 'useProtocol', data: {value: known}, edits: [edit]} : undefined,
          });
        }
      });
    }
  },
};

function isPortNumber(value: number): boolean {
  return value >= 1 && value <= 65535;
}
