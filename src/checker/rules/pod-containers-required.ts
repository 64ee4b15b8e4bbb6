import {isRecord} from '../k8s/objects';
import {POD_SPEC_PATH} from '../k8s/pod-template';
import type {Rule} from '../rule';

/**
 * The Pod template must list at least one container (`validateContainers` in
 * pkg/apis/core/validation/validation.go, applied to StatefulSets since v1.34).
 */
export const rule: Rule = {
  id: 'pod-containers-required',
  severity: 'error',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      required: 'The Pod template has no containers (`spec.template.spec.containers` is missing or empty). A Pod with nothing to run is invalid: since Kubernetes 1.34 the StatefulSet is rejected, and older clusters fail to create every replica. Add a `containers:` list with at least one `name` and `image`.',
    },
    'zh-TW': {
      required: 'Pod 範本裡沒有任何容器（`spec.template.spec.containers` 不存在或是空的）。沒有東西可執行的 Pod 不合法：從 Kubernetes 1.34 起 StatefulSet 會被拒絕，較舊的叢集則是每個副本都建立失敗。請加上 `containers:` 清單，至少放一個有 `name` 和 `image` 的容器。',
    },
  },
  docs: {
    summary: {
      en: 'The StatefulSet’s Pod template must have at least one container.',
      'zh-TW': 'StatefulSet 的 Pod 範本至少要有一個容器。',
    },
    why: {
      en: 'Every replica of a StatefulSet is a Pod built from the template. Without a container there is nothing to run: Kubernetes 1.34 and later reject the StatefulSet when it is created; older versions accept it and then report `FailedCreate` for every Pod, so the first ordinal never starts.',
      'zh-TW': 'StatefulSet 的每個副本都是照著範本建立的 Pod。沒有容器就沒有東西可以執行：Kubernetes 1.34 以後在建立時就會拒絕這個 StatefulSet；較舊的版本會先接受，接著每個 Pod 都回報 `FailedCreate`，連序號 0 都啟動不了。',
    },
    bad: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers: []\n',
    good: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: nginx\n        image: nginx:1.27\n',
    source: 'https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/core/validation/validation.go',
  },
  check(context) {
    const spec = context.object.value.spec;
    // Without a spec at all, the StatefulSet rules already say what is missing.
    if (!isRecord(spec)) return;

    // A template or PodSpec of the wrong type is the schema-type rule's.
    const template = spec.template ?? {};
    const podSpec = isRecord(template) ? (template.spec ?? {}) : undefined;
    if (!isRecord(podSpec)) return;

    const containers = podSpec.containers ?? [];
    if (Array.isArray(containers) && containers.length === 0) {
      context.report({path: [...POD_SPEC_PATH, 'containers'], messageId: 'required'});
    }
  },
};
