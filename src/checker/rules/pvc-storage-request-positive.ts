import {isRecord} from '../k8s/objects';
import {claimSpecsOf} from '../k8s/pod-template';
import {quantityValue} from '../k8s/quantity';
import type {Rule} from '../rule';

/**
 * A claim template's storage request is above zero
 * (`ValidatePositiveQuantityValue` in pkg/apis/core/validation/validation.go;
 * claim templates are validated on create since v1.34). Malformed quantities
 * are the quantity-format rule's.
 */
export const rule: Rule = {
  id: 'pvc-storage-request-positive',
  severity: 'error',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      notPositive: 'The claim template `{claim}` requests a storage size of `{value}`, but a volume needs a size greater than zero. Since Kubernetes 1.34 the StatefulSet is rejected, and older clusters fail to create every replica’s PVC. Request the size each replica needs, such as `10Gi`.',
    },
    'zh-TW': {
      notPositive: 'claim template `{claim}` 要求的儲存空間是 `{value}`，但磁碟區的大小必須大於零。從 Kubernetes 1.34 起 StatefulSet 會被拒絕，較舊的叢集則是每個副本的 PVC 都建立失敗。請填入每個副本需要的大小，例如 `10Gi`。',
    },
  },
  docs: {
    summary: {
      en: 'A claim template’s `resources.requests.storage` must be greater than zero.',
      'zh-TW': 'claim template 的 `resources.requests.storage` 必須大於零。',
    },
    why: {
      en: 'Every replica’s volume is provisioned at the requested size, and a size of zero (or less) is not a volume. A `0` often comes from an unset Helm value. Kubernetes 1.34 and later reject the StatefulSet when it is created; older versions accept it and then fail to create every PersistentVolumeClaim.',
      'zh-TW': '每個副本的磁碟區都依要求的大小供應，零（或負數）不算是磁碟區。`0` 常常是某個 Helm 值沒有設定。Kubernetes 1.34 以後在建立時就會拒絕這個 StatefulSet；較舊的版本會先接受，接著每個 PersistentVolumeClaim（PVC）都建立失敗。',
    },
    bad: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n        volumeMounts:\n        - name: www\n          mountPath: /usr/share/nginx/html\n  volumeClaimTemplates:\n  - metadata:\n      name: www\n    spec:\n      accessModes: [ReadWriteOnce]\n      resources:\n        requests:\n          storage: 0Gi\n',
    good: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n        volumeMounts:\n        - name: www\n          mountPath: /usr/share/nginx/html\n  volumeClaimTemplates:\n  - metadata:\n      name: www\n    spec:\n      accessModes: [ReadWriteOnce]\n      resources:\n        requests:\n          storage: 1Gi\n',
    source: 'https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/',
    limitations: {
      en: 'Whether the storage backend can provide the size (minimum sizes, quotas) is only known in the cluster. Stand-alone PersistentVolumeClaim objects are not checked.',
      'zh-TW': '儲存後端能否提供這個大小（最小容量、配額），只有在叢集裡才知道。獨立的 PersistentVolumeClaim 物件不在檢查範圍內。',
    },
  },
  check(context) {
    for (const {spec, path, claim} of claimSpecsOf(context.object)) {
      const resources = spec.resources;
      const requests = isRecord(resources) ? resources.requests : undefined;
      if (!isRecord(requests) || !Object.hasOwn(requests, 'storage')) continue;

      // `storage:` with no value decodes as the zero quantity.
      const storage = requests.storage ?? 0;
      const value = quantityValue(storage);
      if (value === undefined || value > 0) continue;
      context.report({
        path: [...path, 'resources', 'requests', 'storage'],
        messageId: 'notPositive',
        data: {claim, value: String(requests.storage ?? 'null')},
      });
    }
  },
};
