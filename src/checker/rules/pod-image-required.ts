import {containersOf} from '../k8s/pod-template';
import type {Rule} from '../rule';

/**
 * Every container needs an image (`validateContainerCommon` in
 * pkg/apis/core/validation/validation.go; StatefulSets since v1.34). The
 * leading/trailing whitespace check applies to Pods only, not to templates.
 */
export const rule: Rule = {
  id: 'pod-image-required',
  severity: 'error',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      required: 'The container `{name}` has no `image`. Kubernetes cannot start a container without knowing what to pull; since Kubernetes 1.34 the StatefulSet is rejected, and older clusters fail to create every replica. Add `image:` with a pinned tag, such as `nginx:1.27`.',
      requiredUnnamed: 'This container has no `image`. Kubernetes cannot start a container without knowing what to pull; since Kubernetes 1.34 the StatefulSet is rejected, and older clusters fail to create every replica. Add `image:` with a pinned tag, such as `nginx:1.27`.',
    },
    'zh-TW': {
      required: '容器 `{name}` 沒有 `image`。不知道要拉取哪個映像檔，Kubernetes 就無法啟動容器；從 Kubernetes 1.34 起 StatefulSet 會被拒絕，較舊的叢集則是每個副本都建立失敗。請加上 `image:`，並指定固定的 tag，例如 `nginx:1.27`。',
      requiredUnnamed: '這個容器沒有 `image`。不知道要拉取哪個映像檔，Kubernetes 就無法啟動容器；從 Kubernetes 1.34 起 StatefulSet 會被拒絕，較舊的叢集則是每個副本都建立失敗。請加上 `image:`，並指定固定的 tag，例如 `nginx:1.27`。',
    },
  },
  docs: {
    summary: {
      en: 'Every container and init container of the Pod template needs a non-empty `image`.',
      'zh-TW': 'Pod 範本中的每個容器與 init 容器都必須有非空的 `image`。',
    },
    why: {
      en: 'The image is what the container runs. An empty `image` often comes from a Helm value that was never set. Kubernetes 1.34 and later reject such a StatefulSet when it is created; older versions accept it and then fail to create every Pod, so the StatefulSet stays at zero ready replicas.',
      'zh-TW': '映像檔就是容器要執行的內容。`image` 空白通常是某個 Helm 值沒有設定。Kubernetes 1.34 以後在建立時就會拒絕這樣的 StatefulSet；較舊的版本會先接受，接著每個 Pod 都建立失敗，StatefulSet 的就緒副本一直是零。',
    },
    bad: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: ""\n',
    good: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n',
    source: 'https://kubernetes.io/docs/concepts/containers/images/',
    limitations: {
      en: 'An image that names no real repository or tag is only found when the node pulls it (`ErrImagePull`); the checker cannot see the registry.',
      'zh-TW': '映像檔的儲存庫或 tag 不存在時，要等節點拉取時才會發現（`ErrImagePull`）；檢查器看不到映像檔登錄。',
    },
  },
  check(context) {
    for (const {container, path} of containersOf(context.object)) {
      const image = container.image;
      // An image of another type is the schema-type rule's.
      if (image !== undefined && image !== null && image !== '') continue;

      const name = container.name;
      const hasName = typeof name === 'string' && name !== '';
      context.report({
        path: [...path, 'image'],
        messageId: hasName ? 'required' : 'requiredUnnamed',
        data: hasName ? {name} : {},
      });
    }
  },
};
