import {claimSpecsOf} from '../k8s/pod-template';
import type {Rule} from '../rule';
import {replaceString} from '../yaml/scalar-edit';

const VOLUME_MODES = ['Filesystem', 'Block'];

/**
 * A claim template's `volumeMode` is `Filesystem` or `Block`
 * (`ValidatePersistentVolumeClaimSpec` in pkg/apis/core/validation/validation.go;
 * claim templates are validated on create since v1.34). Only a missing mode
 * is defaulted (to Filesystem); an empty string is not.
 */
export const rule: Rule = {
  id: 'pvc-volume-mode',
  severity: 'error',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      unsupported: 'The claim template `{claim}` has `volumeMode: {value}`; Kubernetes knows only `Filesystem` (the default) and `Block`, spelled exactly so. Since Kubernetes 1.34 the StatefulSet is rejected, and older clusters fail to create every replica’s PVC. Use one of them, or leave the field out for `Filesystem`.',
      useMode: 'Write `{mode}`',
    },
    'zh-TW': {
      unsupported: 'claim template `{claim}` 的 `volumeMode` 是 `{value}`；Kubernetes 只認得 `Filesystem`（預設值）和 `Block`，大小寫也要完全一致。從 Kubernetes 1.34 起 StatefulSet 會被拒絕，較舊的叢集則是每個副本的 PVC 都建立失敗。請改用其中之一，或拿掉這個欄位，預設就是 `Filesystem`。',
      useMode: '改成 `{mode}`',
    },
  },
  docs: {
    summary: {
      en: 'A claim template’s `volumeMode` must be `Filesystem` or `Block`.',
      'zh-TW': 'claim template 的 `volumeMode` 只能是 `Filesystem` 或 `Block`。',
    },
    why: {
      en: '`Filesystem` volumes are mounted at a `mountPath`; `Block` volumes appear as a raw device under `volumeDevices`, which some databases prefer. Any other value makes the claim invalid: Kubernetes 1.34 and later reject the StatefulSet when it is created; older versions accept it and then fail to create every PersistentVolumeClaim.',
      'zh-TW': '`Filesystem` 磁碟區會掛載在 `mountPath`；`Block` 磁碟區則以原始裝置的形式出現在 `volumeDevices`，有些資料庫偏好這種方式。其他任何值都會讓 PVC 不合法：Kubernetes 1.34 以後在建立時就會拒絕這個 StatefulSet；較舊的版本會先接受，接著每個 PersistentVolumeClaim（PVC）都建立失敗。',
    },
    bad: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n        volumeMounts:\n        - name: www\n          mountPath: /usr/share/nginx/html\n  volumeClaimTemplates:\n  - metadata:\n      name: www\n    spec:\n      accessModes: [ReadWriteOnce]\n      volumeMode: filesystem\n      resources:\n        requests:\n          storage: 1Gi\n',
    good: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n        volumeMounts:\n        - name: www\n          mountPath: /usr/share/nginx/html\n  volumeClaimTemplates:\n  - metadata:\n      name: www\n    spec:\n      accessModes: [ReadWriteOnce]\n      volumeMode: Filesystem\n      resources:\n        requests:\n          storage: 1Gi\n',
    source: 'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#volume-mode',
    limitations: {
      en: 'Stand-alone PersistentVolumeClaim objects are not checked.',
      'zh-TW': '獨立的 PersistentVolumeClaim 物件不在檢查範圍內。',
    },
  },
  check(context) {
    for (const {spec, path, claim} of claimSpecsOf(context.object)) {
      const mode = spec.volumeMode;
      if (typeof mode !== 'string' || VOLUME_MODES.includes(mode)) continue;

      const modePath = [...path, 'volumeMode'];
      const known = VOLUME_MODES.find(
        (candidate) => candidate.toLowerCase() === mode.toLowerCase(),
      );
      const edit = known && replaceString(context, modePath, known);
      context.report({
        path: modePath,
        messageId: 'unsupported',
        data: {claim, value: mode},
        fix: edit ? {messageId: 'useMode', data: {mode: known}, edits: [edit]} : undefined,
      });
    }
  },
};
