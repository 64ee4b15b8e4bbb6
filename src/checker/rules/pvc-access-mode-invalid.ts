import {asArray} from '../k8s/objects';
import {claimSpecsOf} from '../k8s/pod-template';
import type {Rule} from '../rule';
import {closestMatch} from '../suggest';
import {replaceString} from '../yaml/scalar-edit';

const ACCESS_MODES = ['ReadWriteOnce', 'ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOncePod'];

/**
 * Access modes of a claim template are known values, and ReadWriteOncePod
 * stands alone (`ValidatePersistentVolumeClaimSpec` in
 * pkg/apis/core/validation/validation.go; claim templates are validated on
 * create since v1.34).
 */
export const rule: Rule = {
  id: 'pvc-access-mode-invalid',
  severity: 'error',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      unsupported: 'The claim template `{claim}` asks for the access mode `{mode}`, which does not exist; Kubernetes knows `ReadWriteOnce`, `ReadOnlyMany`, `ReadWriteMany` and `ReadWriteOncePod`, spelled exactly so. Since Kubernetes 1.34 the StatefulSet is rejected, and older clusters fail to create every replica’s PVC. Use one of them, usually `ReadWriteOnce`.',
      unsupportedSuggest: 'The claim template `{claim}` asks for the access mode `{mode}`, which does not exist; Kubernetes knows `ReadWriteOnce`, `ReadOnlyMany`, `ReadWriteMany` and `ReadWriteOncePod`, spelled exactly so. Since Kubernetes 1.34 the StatefulSet is rejected, and older clusters fail to create every replica’s PVC. Did you mean `{suggestion}`?',
      rwopCombined: 'The claim template `{claim}` combines `ReadWriteOncePod` with other access modes. `ReadWriteOncePod` promises that one single Pod uses the volume, so it must be the only mode; since Kubernetes 1.34 the StatefulSet is rejected, and older clusters fail to create every replica’s PVC. Keep `[ReadWriteOncePod]` alone, or drop it.',
      useMode: 'Write `{mode}`',
    },
    'zh-TW': {
      unsupported: 'claim template `{claim}` 要求的存取模式 `{mode}` 並不存在；Kubernetes 只認得 `ReadWriteOnce`、`ReadOnlyMany`、`ReadWriteMany` 和 `ReadWriteOncePod`，大小寫也要完全一致。從 Kubernetes 1.34 起 StatefulSet 會被拒絕，較舊的叢集則是每個副本的 PVC 都建立失敗。請改用其中之一，通常是 `ReadWriteOnce`。',
      unsupportedSuggest: 'claim template `{claim}` 要求的存取模式 `{mode}` 並不存在；Kubernetes 只認得 `ReadWriteOnce`、`ReadOnlyMany`、`ReadWriteMany` 和 `ReadWriteOncePod`，大小寫也要完全一致。從 Kubernetes 1.34 起 StatefulSet 會被拒絕，較舊的叢集則是每個副本的 PVC 都建立失敗。你是不是要寫 `{suggestion}`？',
      rwopCombined: 'claim template `{claim}` 把 `ReadWriteOncePod` 和其他存取模式放在一起。`ReadWriteOncePod` 保證只有單一 Pod 使用這個磁碟區，所以必須單獨使用；從 Kubernetes 1.34 起 StatefulSet 會被拒絕，較舊的叢集則是每個副本的 PVC 都建立失敗。請只留下 `[ReadWriteOncePod]`，或是拿掉它。',
      useMode: '改成 `{mode}`',
    },
  },
  docs: {
    summary: {
      en: 'Claim template access modes must be `ReadWriteOnce`, `ReadOnlyMany`, `ReadWriteMany` or `ReadWriteOncePod` (exact case), and `ReadWriteOncePod` may not be combined with others.',
      'zh-TW': 'claim template 的存取模式只能是 `ReadWriteOnce`、`ReadOnlyMany`、`ReadWriteMany` 或 `ReadWriteOncePod`（大小寫須一致），且 `ReadWriteOncePod` 不能和其他模式並用。',
    },
    why: {
      en: 'The access mode decides where each replica’s volume can be mounted: `ReadWriteOnce` on one node at a time, which is what most databases run by a StatefulSet want. A misspelled mode makes the claim invalid. Kubernetes 1.34 and later reject the StatefulSet when it is created; older versions accept it and then fail to create every PersistentVolumeClaim, so no Pod starts.',
      'zh-TW': '存取模式決定每個副本的磁碟區能掛載在哪裡：`ReadWriteOnce` 表示同一時間只能掛在一個節點上，這正是大多數由 StatefulSet 執行的資料庫所需要的。模式拼錯，PVC 就不合法。Kubernetes 1.34 以後在建立時就會拒絕這個 StatefulSet；較舊的版本會先接受，接著每個 PersistentVolumeClaim（PVC）都建立失敗，Pod 一個也起不來。',
    },
    bad: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n        volumeMounts:\n        - name: www\n          mountPath: /usr/share/nginx/html\n  volumeClaimTemplates:\n  - metadata:\n      name: www\n    spec:\n      accessModes: [ReadWriteOne]\n      resources:\n        requests:\n          storage: 1Gi\n',
    good: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n        volumeMounts:\n        - name: www\n          mountPath: /usr/share/nginx/html\n  volumeClaimTemplates:\n  - metadata:\n      name: www\n    spec:\n      accessModes: [ReadWriteOnce]\n      resources:\n        requests:\n          storage: 1Gi\n',
    source: 'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#access-modes',
    limitations: {
      en: 'Whether the StorageClass’s provisioner supports the mode (many block storage drivers offer no `ReadWriteMany`) is only known in the cluster. Stand-alone PersistentVolumeClaim objects are not checked.',
      'zh-TW': 'StorageClass（儲存類別）的供應程式是否支援這個模式（很多區塊儲存驅動程式不提供 `ReadWriteMany`），只有在叢集裡才知道。獨立的 PersistentVolumeClaim 物件不在檢查範圍內。',
    },
  },
  check(context) {
    for (const {spec, path, claim} of claimSpecsOf(context.object)) {
      const modesPath = [...path, 'accessModes'];
      const modes = asArray(spec.accessModes);

      modes.forEach((mode, index) => {
        // Non-strings are the schema-type rule's.
        if (typeof mode !== 'string' || ACCESS_MODES.includes(mode)) return;
        const suggestion = closestMatch(mode, ACCESS_MODES);
        const edit = suggestion && replaceString(context, [...modesPath, index], suggestion);
        context.report({
          path: [...modesPath, index],
          messageId: suggestion ? 'unsupportedSuggest' : 'unsupported',
          data: suggestion ? {claim, mode, suggestion} : {claim, mode},
          fix: edit ? {messageId: 'useMode', data: {mode: suggestion}, edits: [edit]} : undefined,
        });
      });

      // Upstream counts only known modes as "other" modes.
      const hasRwop = modes.includes('ReadWriteOncePod');
      const hasOthers = modes.some(
        (mode) => mode !== 'ReadWriteOncePod' && ACCESS_MODES.includes(mode as string),
      );
      if (hasRwop && hasOthers) {
        context.report({path: modesPath, messageId: 'rwopCombined', data: {claim}});
      }
    }
  },
};
