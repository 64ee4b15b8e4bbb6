import {containersOf} from '../k8s/pod-template';
import type {Rule} from '../rule';
import {formatPath} from '../yaml/locate';

/**
 * Container names are unique across `containers` and `initContainers`
 * (`validateContainers` / `validateInitContainers` in
 * pkg/apis/core/validation/validation.go; StatefulSets since v1.34).
 * Upstream checks `containers` first, so a clash with an init container is
 * reported on the init container.
 */
export const rule: Rule = {
  id: 'pod-container-duplicate-name',
  severity: 'error',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      duplicate: 'The container name `{name}` is already used by `{first}`. Container names must be unique within a Pod, init containers included; since Kubernetes 1.34 the StatefulSet is rejected, and older clusters fail to create every replica. Give this container another name.',
    },
    'zh-TW': {
      duplicate: '容器名稱 `{name}` 已經被 `{first}` 用掉了。同一個 Pod 裡的容器名稱（包含 init 容器）不能重複；從 Kubernetes 1.34 起 StatefulSet 會被拒絕，較舊的叢集則是每個副本都建立失敗。請替這個容器換個名稱。',
    },
  },
  docs: {
    summary: {
      en: 'No two containers or init containers of the Pod template may share a name.',
      'zh-TW': 'Pod 範本中的容器與 init 容器不可同名。',
    },
    why: {
      en: 'Kubernetes addresses a container by its name (logs, `exec`, restarts, status), so two containers of one Pod cannot share it. A sidecar copied from another manifest often keeps the main container’s name. Kubernetes 1.34 and later reject the StatefulSet when it is created; older versions accept it and then fail to create `web-0` again and again.',
      'zh-TW': 'Kubernetes 用名稱來指定容器（日誌、`exec`、重新啟動、狀態），所以同一個 Pod 裡的兩個容器不能同名。從別的 manifest 複製來的 sidecar 常常沿用了主要容器的名稱。Kubernetes 1.34 以後在建立時就會拒絕這個 StatefulSet；較舊的版本會先接受，接著一再建立 `web-0` 失敗。',
    },
    bad: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n      - name: web\n        image: busybox:1.36\n',
    good: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n      - name: log-shipper\n        image: busybox:1.36\n',
    source: 'https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go',
  },
  check(context) {
    const firstByName = new Map<string, string>();
    for (const {container, path} of containersOf(context.object)) {
      const name = container.name;
      // Missing or malformed names are pod-container-name's.
      if (typeof name !== 'string' || name === '') continue;

      const first = firstByName.get(name);
      if (first === undefined) {
        firstByName.set(name, formatPath(path));
      } else {
        context.report({path: [...path, 'name'], messageId: 'duplicate', data: {name, first}});
      }
    }
  },
};
