import {isPortName} from '../k8s/names';
import {asArray, isRecord} from '../k8s/objects';
import {containersOf} from '../k8s/pod-template';
import type {Rule} from '../rule';
import {formatPath} from '../yaml/locate';

/**
 * Container port names are IANA service names, unique within one container
 * (`validateContainerPorts` in pkg/apis/core/validation/validation.go;
 * StatefulSets since v1.34). Two containers may use the same name.
 */
export const rule: Rule = {
  id: 'pod-port-name',
  severity: 'error',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      tooLong: 'The port name `{name}` is {length} characters long; a port name has at most 15. Since Kubernetes 1.34 the StatefulSet is rejected, and older clusters fail to create every replica. Shorten it (and every Service `targetPort` or probe that uses it), for example to `http`.',
      invalid: 'The port name `{name}` is not a valid port name: use lower-case letters, digits and single `-` only, with at least one letter and no `-` at either end. Since Kubernetes 1.34 the StatefulSet is rejected, and older clusters fail to create every replica. Rename it (and every Service `targetPort` or probe that uses it).',
      duplicate: 'The port name `{name}` is already used by `{first}` in the same container. Services and probes find a port by its name, so it must be unique within a container; since Kubernetes 1.34 the StatefulSet is rejected, and older clusters fail to create every replica. Rename one of them.',
    },
    'zh-TW': {
      tooLong: '連接埠名稱 `{name}` 有 {length} 個字元；連接埠名稱最多 15 個字元。從 Kubernetes 1.34 起 StatefulSet 會被拒絕，較舊的叢集則是每個副本都建立失敗。請縮短名稱（並一併修改用到它的 Service `targetPort` 或探測），例如改成 `http`。',
      invalid: '連接埠名稱 `{name}` 不合法：只能用小寫英文字母、數字和單一的 `-`，至少要有一個字母，開頭和結尾不能是 `-`。從 Kubernetes 1.34 起 StatefulSet 會被拒絕，較舊的叢集則是每個副本都建立失敗。請改名（並一併修改用到它的 Service `targetPort` 或探測）。',
      duplicate: '連接埠名稱 `{name}` 在同一個容器裡已經被 `{first}` 用掉了。Service 和探測是用名稱找連接埠的，所以同一個容器內名稱不能重複；從 Kubernetes 1.34 起 StatefulSet 會被拒絕，較舊的叢集則是每個副本都建立失敗。請把其中一個改名。',
    },
  },
  docs: {
    summary: {
      en: 'Container port names must be valid IANA service names (at most 15 lower-case letters, digits and `-`) and unique within their container.',
      'zh-TW': '容器連接埠名稱必須是合法的 IANA 服務名稱（最多 15 個小寫字母、數字和 `-`），且在同一個容器內不能重複。',
    },
    why: {
      en: 'A StatefulSet’s headless Service and its probes can point at a port by name (`targetPort: http`), and the name ends up in DNS SRV records such as `_http._tcp.web.default.svc`. That is why the name follows the short IANA format. Kubernetes 1.34 and later reject a bad name when the StatefulSet is created; older versions accept it and then fail to create every Pod. The same name in two different containers is fine.',
      'zh-TW': 'StatefulSet 的 Headless Service（無頭服務）和探測可以用名稱指定連接埠（`targetPort: http`），這個名稱也會出現在 DNS SRV 記錄裡，例如 `_http._tcp.web.default.svc`，所以名稱要符合簡短的 IANA 格式。Kubernetes 1.34 以後在建立 StatefulSet 時就會拒絕不合法的名稱；較舊的版本會先接受，接著每個 Pod 都建立失敗。兩個不同的容器使用同一個名稱則沒有問題。',
    },
    bad: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n        ports:\n        - name: nginx-http-server\n          containerPort: 80\n',
    good: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n        ports:\n        - name: http\n          containerPort: 80\n',
    source: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#ports',
  },
  check(context) {
    for (const {container, path} of containersOf(context.object)) {
      // Port names are unique per container, so each container starts afresh.
      const firstByName = new Map<string, string>();
      asArray(container.ports).forEach((port, index) => {
        if (!isRecord(port)) return;
        const name = port.name;
        if (typeof name !== 'string' || name === '') return;
        const namePath = [...path, 'ports', index, 'name'];

        if (name.length > 15) {
          context.report({path: namePath, messageId: 'tooLong', data: {name, length: name.length}});
        } else if (!isPortName(name)) {
          context.report({path: namePath, messageId: 'invalid', data: {name}});
        } else if (firstByName.has(name)) {
          const first = firstByName.get(name) ?? '';
          context.report({path: namePath, messageId: 'duplicate', data: {name, first}});
        } else {
          firstByName.set(name, formatPath([...path, 'ports', index]));
        }
      });
    }
  },
};
