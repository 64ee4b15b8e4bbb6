import {isRecord} from '../k8s/objects';
import {claimTemplatesOf} from '../k8s/pod-template';
import type {Rule} from '../rule';

/**
 * Every claim template has a name. Upstream turns each claim template into a
 * volume of the Pod template, and a nameless one fails as
 * `spec.template.spec.volumes[i].name: Required value`
 * (pkg/registry/apps/statefulset/declarative_validation_test.go,
 * `volumeClaimTemplates_metadata_name_empty`; since v1.34).
 */
export const rule: Rule = {
  id: 'vct-name-required',
  severity: 'error',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      required: 'This claim template has no `metadata.name`. The name is how containers mount the volume (`volumeMounts[].name`) and how each replica’s PVC is named (`<name>-web-0`); since Kubernetes 1.34 the StatefulSet is rejected, and older clusters fail to create the PVCs. Add `metadata: {name: data}` and mount it by that name.',
    },
    'zh-TW': {
      required: '這個 claim template 沒有 `metadata.name`。容器要靠這個名稱掛載磁碟區（`volumeMounts[].name`），每個副本的 PVC 也以它命名（`<name>-web-0`）；從 Kubernetes 1.34 起 StatefulSet 會被拒絕，較舊的叢集則是 PVC 建立失敗。請加上 `metadata: {name: data}`，並用這個名稱掛載。',
    },
  },
  docs: {
    summary: {
      en: 'Every claim template needs a `metadata.name`.',
      'zh-TW': '每個 claim template 都需要 `metadata.name`。',
    },
    why: {
      en: 'A claim template’s name does two jobs: containers mount the storage by it, and the StatefulSet controller names each replica’s PersistentVolumeClaim `<name>-<statefulset>-<ordinal>`, which is how a Pod finds its own data again after a restart. Kubernetes 1.34 and later reject a nameless claim template (reported as `spec.template.spec.volumes[i].name: Required value`); older versions accept it and then fail to create the claims.',
      'zh-TW': 'claim template 的名稱有兩個用途：容器用它掛載儲存空間，StatefulSet 控制器也用它替每個副本的 PersistentVolumeClaim（PVC）命名為 `<name>-<statefulset>-<序號>`，Pod 重新啟動後就是靠這個名稱找回自己的資料。Kubernetes 1.34 以後會拒絕沒有名稱的 claim template（錯誤訊息是 `spec.template.spec.volumes[i].name: Required value`）；較舊的版本會先接受，接著 PVC 建立失敗。',
    },
    bad: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n  volumeClaimTemplates:\n  - metadata:\n      labels: {app: web}\n    spec:\n      accessModes: [ReadWriteOnce]\n      resources:\n        requests:\n          storage: 1Gi\n',
    good: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n        volumeMounts:\n        - name: www\n          mountPath: /usr/share/nginx/html\n  volumeClaimTemplates:\n  - metadata:\n      name: www\n      labels: {app: web}\n    spec:\n      accessModes: [ReadWriteOnce]\n      resources:\n        requests:\n          storage: 1Gi\n',
    source: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#volume-claim-templates',
    limitations: {
      en: 'A name that is set but not a valid volume name (upper case, `_`) is not reported yet.',
      'zh-TW': '名稱有設定、但不是合法磁碟區名稱（大寫字母、`_`）的情況，目前還不會回報。',
    },
  },
  check(context) {
    for (const {template, path, name} of claimTemplatesOf(context.object)) {
      if (name) continue;
      const given = isRecord(template.metadata) ? template.metadata.name : undefined;
      // A name of another type is the schema-type rule's.
      if (given !== undefined && given !== null && given !== '') continue;
      // TODO(#2): a set name must also be a DNS-1123 label (it becomes a Pod
      // volume name, validated by ValidateVolumes).
      context.report({path: [...path, 'metadata', 'name'], messageId: 'required'});
    }
  },
};
