import {claimSpecsOf} from '../k8s/pod-template';
import type {Rule} from '../rule';

/**
 * A claim template needs at least one access mode
 * (`ValidatePersistentVolumeClaimSpec` in pkg/apis/core/validation/validation.go;
 * claim templates are validated on create since v1.34).
 */
export const rule: Rule = {
  id: 'pvc-access-modes-required',
  severity: 'error',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      required: 'The claim template `{claim}` has no `accessModes`. A PersistentVolumeClaim must say how its volume may be mounted; since Kubernetes 1.34 the StatefulSet is rejected, and older clusters fail to create every replica’s PVC, so no Pod starts. Add `accessModes: [ReadWriteOnce]`, the usual mode for a StatefulSet.',
    },
    'zh-TW': {
      required: 'claim template `{claim}` 沒有 `accessModes`。PersistentVolumeClaim（PVC）必須說明磁碟區可以怎麼掛載；從 Kubernetes 1.34 起 StatefulSet 會被拒絕，較舊的叢集則是每個副本的 PVC 都建立失敗，Pod 一個也起不來。請加上 `accessModes: [ReadWriteOnce]`，這是 StatefulSet 最常用的存取模式。',
    },
  },
  docs: {
    summary: {
      en: 'Every claim template must list at least one access mode.',
      'zh-TW': '每個 claim template 都必須列出至少一種存取模式。',
    },
    why: {
      en: 'The StatefulSet controller creates one PersistentVolumeClaim per replica from each claim template (`www-web-0`, `www-web-1`…), and a claim without an access mode is invalid. Kubernetes 1.34 and later reject the StatefulSet when it is created. Older versions accept it, then every PVC creation fails (`spec.accessModes: Required value`) and no Pod starts. Most StatefulSets want `ReadWriteOnce`: each replica has its own volume on one node.',
      'zh-TW': 'StatefulSet 控制器會依每個 claim template 替每個副本建立一個 PersistentVolumeClaim（PVC）（`www-web-0`、`www-web-1`……），而沒有存取模式的 PVC 不合法。Kubernetes 1.34 以後在建立時就會拒絕這個 StatefulSet；較舊的版本會先接受，接著每個 PVC 都建立失敗（`spec.accessModes: Required value`），Pod 一個也起不來。大多數 StatefulSet 用 `ReadWriteOnce` 就對了：每個副本在一個節點上擁有自己的磁碟區。',
    },
    bad: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n        volumeMounts:\n        - name: www\n          mountPath: /usr/share/nginx/html\n  volumeClaimTemplates:\n  - metadata:\n      name: www\n    spec:\n      resources:\n        requests:\n          storage: 1Gi\n',
    good: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n        volumeMounts:\n        - name: www\n          mountPath: /usr/share/nginx/html\n  volumeClaimTemplates:\n  - metadata:\n      name: www\n    spec:\n      accessModes: [ReadWriteOnce]\n      resources:\n        requests:\n          storage: 1Gi\n',
    source: 'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#access-modes',
    limitations: {
      en: 'Only the claim templates of a StatefulSet are checked, not stand-alone PersistentVolumeClaim objects.',
      'zh-TW': '只檢查 StatefulSet 的 claim template，不檢查獨立的 PersistentVolumeClaim 物件。',
    },
  },
  check(context) {
    for (const {spec, path, claim} of claimSpecsOf(context.object)) {
      const modes = spec.accessModes ?? [];
      // A value of another type is the schema-type rule's.
      if (Array.isArray(modes) && modes.length === 0) {
        context.report({path: [...path, 'accessModes'], messageId: 'required', data: {claim}});
      }
    }
  },
};

