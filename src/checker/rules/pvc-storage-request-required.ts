import {isCollection, isMap} from 'yaml';
import {isRecord} from '../k8s/objects';
import {claimSpecsOf} from '../k8s/pod-template';
import type {Rule, RuleContext} from '../rule';
import type {FieldPath} from '../yaml/locate';

/**
 * A claim template requests storage (`ValidatePersistentVolumeClaimSpec` in
 * pkg/apis/core/validation/validation.go, upstream path
 * `spec.resources[storage]`; claim templates are validated on create since
 * v1.34). A limit alone does not count.
 */
export const rule: Rule = {
  id: 'pvc-storage-request-required',
  severity: 'error',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      required: 'The claim template `{claim}` requests no storage: `resources.requests.storage` is missing. The size of each replica’s volume comes from that field; since Kubernetes 1.34 the StatefulSet is rejected, and older clusters fail to create every replica’s PVC. Add `resources: {requests: {storage: 1Gi}}` with the size you need.',
      limitsOnly: 'The claim template `{claim}` sets `resources.limits.storage` but no `resources.requests.storage`. A volume’s size comes from the request, and a limit alone does not count; since Kubernetes 1.34 the StatefulSet is rejected, and older clusters fail to create every replica’s PVC. Write the size under `requests` instead.',
      renameLimits: 'Rename `limits` to `requests`',
    },
    'zh-TW': {
      required: 'claim template `{claim}` 沒有要求儲存空間：缺少 `resources.requests.storage`。每個副本的磁碟區大小就由這個欄位決定；從 Kubernetes 1.34 起 StatefulSet 會被拒絕，較舊的叢集則是每個副本的 PVC 都建立失敗。請加上 `resources: {requests: {storage: 1Gi}}`，填入需要的大小。',
      limitsOnly: 'claim template `{claim}` 設定了 `resources.limits.storage`，卻沒有 `resources.requests.storage`。磁碟區的大小取自 requests，只有 limits 不算數；從 Kubernetes 1.34 起 StatefulSet 會被拒絕，較舊的叢集則是每個副本的 PVC 都建立失敗。請把大小改寫在 `requests` 底下。',
      renameLimits: '把 `limits` 改成 `requests`',
    },
  },
  docs: {
    summary: {
      en: 'Every claim template must request a size in `resources.requests.storage`.',
      'zh-TW': '每個 claim template 都必須在 `resources.requests.storage` 要求儲存空間大小。',
    },
    why: {
      en: 'Each replica of a StatefulSet gets its own PersistentVolumeClaim, and the provisioner creates a volume of the requested size. Without a request there is nothing to provision: Kubernetes 1.34 and later reject the StatefulSet when it is created; older versions accept it and then fail to create every PVC, so no Pod starts. `limits.storage` alone is not enough.',
      'zh-TW': 'StatefulSet 的每個副本都有自己的 PersistentVolumeClaim（PVC），供應程式會依要求的大小建立磁碟區。沒有要求就無從供應：Kubernetes 1.34 以後在建立時就會拒絕這個 StatefulSet；較舊的版本會先接受，接著每個 PVC 都建立失敗，Pod 一個也起不來。只寫 `limits.storage` 是不夠的。',
    },
    bad: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n        volumeMounts:\n        - name: www\n          mountPath: /usr/share/nginx/html\n  volumeClaimTemplates:\n  - metadata:\n      name: www\n    spec:\n      accessModes: [ReadWriteOnce]\n      resources:\n        limits:\n          storage: 1Gi\n',
    good: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n        volumeMounts:\n        - name: www\n          mountPath: /usr/share/nginx/html\n  volumeClaimTemplates:\n  - metadata:\n      name: www\n    spec:\n      accessModes: [ReadWriteOnce]\n      resources:\n        requests:\n          storage: 1Gi\n',
    source: 'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#resources',
    limitations: {
      en: 'Stand-alone PersistentVolumeClaim objects are not checked.',
      'zh-TW': '獨立的 PersistentVolumeClaim 物件不在檢查範圍內。',
    },
  },
  check(context) {
    for (const {spec, path, claim} of claimSpecsOf(context.object)) {
      // Fields of the wrong type are the schema-type rule's.
      const resources = spec.resources ?? {};
      if (!isRecord(resources)) continue;
      const requests = resources.requests ?? {};
      if (!isRecord(requests) || Object.hasOwn(requests, 'storage')) continue;

      const storagePath = [...path, 'resources', 'requests', 'storage'];
      const limits = resources.limits;
      if (!isRecord(limits) || !Object.hasOwn(limits, 'storage')) {
        context.report({path: storagePath, messageId: 'required', data: {claim}});
        continue;
      }
      context.report({
        path: storagePath,
        messageId: 'limitsOnly',
        data: {claim},
        fix: renameLimitsFix(context, [...path, 'resources'], resources),
      });
    }
  },
};

/**
 * `limits:` → `requests:`, when that is all it takes: no `requests` yet, a
 * limit on storage only, written as a block (where the range is the key).
 */
function renameLimitsFix(
  context: RuleContext,
  resourcesPath: FieldPath,
  resources: Record<string, unknown>,
) {
  const limits = resources.limits as Record<string, unknown>;
  if (resources.requests !== undefined || Object.keys(limits).length !== 1) return undefined;
  const root = context.node;
  const resourcesNode = isCollection(root) ? root.getIn(resourcesPath, true) : undefined;
  const limitsNode = isMap(resourcesNode) ? resourcesNode.get('limits', true) : undefined;
  const isBlock = (node: unknown) => isMap(node) && node.flow !== true;
  if (!isBlock(resourcesNode) || !isBlock(limitsNode)) return undefined;
  const range = context.rangeOf([...resourcesPath, 'limits']);
  return {messageId: 'renameLimits', edits: [{...range, newText: 'requests'}]};
}
