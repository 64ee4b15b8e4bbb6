import {isDns1123Subdomain} from '../k8s/names';
import {claimSpecsOf} from '../k8s/pod-template';
import type {Rule} from '../rule';
import {replaceString} from '../yaml/scalar-edit';

/**
 * A claim template's `storageClassName`, when not empty, is a DNS subdomain
 * (`ValidateClassName` in pkg/apis/core/validation/validation.go; claim
 * templates are validated on create since v1.34). An empty name is allowed:
 * it asks for no dynamic provisioning.
 */
export const rule: Rule = {
  id: 'pvc-storage-class-name',
  severity: 'error',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      invalid: 'The claim template `{claim}` names the StorageClass `{name}`, which cannot be the name of any StorageClass: names are lower-case letters, digits, `-` and `.`, at most 253 characters. Since Kubernetes 1.34 the StatefulSet is rejected, and older clusters fail to create every replica’s PVC. Use the name shown by `kubectl get storageclass`.',
      lowerCase: 'Write `{name}`',
    },
    'zh-TW': {
      invalid: 'claim template `{claim}` 指定的 StorageClass `{name}` 不可能是任何 StorageClass 的名稱：名稱只能有小寫英文字母、數字、`-` 和 `.`，最多 253 個字元。從 Kubernetes 1.34 起 StatefulSet 會被拒絕，較舊的叢集則是每個副本的 PVC 都建立失敗。請使用 `kubectl get storageclass` 列出的名稱。',
      lowerCase: '改成 `{name}`',
    },
  },
  docs: {
    summary: {
      en: 'A claim template’s `storageClassName`, when set, must be a valid object name (a DNS subdomain).',
      'zh-TW': 'claim template 的 `storageClassName` 有設定時，必須是合法的物件名稱（DNS subdomain）。',
    },
    why: {
      en: 'The StorageClass decides which provisioner creates each replica’s volume. StorageClass names are DNS subdomains, so a name with capitals or `_` can never match one. Kubernetes 1.34 and later reject the StatefulSet when it is created; older versions accept it and then fail to create every PersistentVolumeClaim. An empty `storageClassName: ""` is valid but disables dynamic provisioning (see `vct-storage-class-empty`).',
      'zh-TW': 'StorageClass（儲存類別）決定由哪個供應程式替每個副本建立磁碟區。StorageClass 的名稱是 DNS subdomain，含有大寫字母或 `_` 的名稱永遠對不上。Kubernetes 1.34 以後在建立時就會拒絕這個 StatefulSet；較舊的版本會先接受，接著每個 PersistentVolumeClaim（PVC）都建立失敗。空字串 `storageClassName: ""` 是合法的，但會停用動態供應（見 `vct-storage-class-empty`）。',
    },
    bad: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n        volumeMounts:\n        - name: www\n          mountPath: /usr/share/nginx/html\n  volumeClaimTemplates:\n  - metadata:\n      name: www\n    spec:\n      accessModes: [ReadWriteOnce]\n      storageClassName: Fast_SSD\n      resources:\n        requests:\n          storage: 1Gi\n',
    good: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n        volumeMounts:\n        - name: www\n          mountPath: /usr/share/nginx/html\n  volumeClaimTemplates:\n  - metadata:\n      name: www\n    spec:\n      accessModes: [ReadWriteOnce]\n      storageClassName: fast-ssd\n      resources:\n        requests:\n          storage: 1Gi\n',
    source: 'https://kubernetes.io/docs/concepts/storage/storage-classes/',
    limitations: {
      en: 'Whether the StorageClass exists in the cluster is not visible here; `vct-storage-class-unknown` compares with the StorageClasses in the same text. Stand-alone PersistentVolumeClaim objects are not checked.',
      'zh-TW': '這裡看不到 StorageClass 是否存在於叢集中；`vct-storage-class-unknown` 會和同一份內容裡的 StorageClass 比對。獨立的 PersistentVolumeClaim 物件不在檢查範圍內。',
    },
  },
  check(context) {
    for (const {spec, path, claim} of claimSpecsOf(context.object)) {
      const name = spec.storageClassName;
      if (typeof name !== 'string' || name === '' || isDns1123Subdomain(name)) continue;

      const namePath = [...path, 'storageClassName'];
      // Only a case slip has an obvious fix; other characters are guesses.
      const lower = name.toLowerCase();
      const edit = isDns1123Subdomain(lower) ? replaceString(context, namePath, lower) : undefined;
      context.report({
        path: namePath,
        messageId: 'invalid',
        data: {claim, name},
        fix: edit ? {messageId: 'lowerCase', data: {name: lower}, edits: [edit]} : undefined,
      });
    }
  },
};
