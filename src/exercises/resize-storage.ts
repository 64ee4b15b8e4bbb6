import type {Exercise} from './types';
import {GI, findObject, hasNoErrors, isSilent, requestedBytes} from './goals';
import {getIn} from '../checker/k8s/objects';

interface Sizes {
  expandable: boolean;
  template: string;
  claims: string;
}

function storageClassAndService(expandable: boolean): string {
  return `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: fast-ssd
provisioner: pd.csi.storage.gke.io
parameters:
  type: pd-ssd
${expandable ? 'allowVolumeExpansion: true\n' : ''}---
apiVersion: v1
kind: Service
metadata:
  name: db
spec:
  clusterIP: None
  selector:
    app: db
  ports:
    - name: postgres
      port: 5432
---
`;
}

function statefulSet(size: string): string {
  return `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db
  replicas: 2
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
      containers:
        - name: postgres
          image: postgres:16.4
          readinessProbe:
            exec:
              command: ["pg_isready", "-U", "postgres"]
          volumeMounts:
            - name: data
              mountPath: /var/lib/postgresql/data
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        storageClassName: fast-ssd
        accessModes: ["ReadWriteOnce"]
        resources:
          requests:
            storage: ${size}
`;
}

// The PVCs the StatefulSet created, as `kubectl get pvc -o yaml` shows them
// (trimmed to the fields that matter here).
function claim(ordinal: number, size: string): string {
  return `---
apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: data-db-${ordinal}
  labels:
    app: db
spec:
  storageClassName: fast-ssd
  accessModes: ["ReadWriteOnce"]
  resources:
    requests:
      storage: ${size}
`;
}

function manifest({expandable, template, claims}: Sizes): string {
  return `${storageClassAndService(expandable)}${statefulSet(template)}${claim(0, claims)}${claim(1, claims)}`;
}

const CLAIMS = ['data-db-0', 'data-db-1'];

export const exercise: Exercise = {
  id: 'resize-storage',
  title: {
    'zh-TW': '加大儲存容量：不能改的欄位',
    en: 'Grow the storage: the field that cannot change',
  },
  scenario: {
    'zh-TW':
      '資料庫 `db` 的磁碟快滿了。你把 claim template 的 `storage` 從 `10Gi` 改成 `20Gi`，升級卻失敗，API 伺服器只回了一句「spec: Forbidden」。編輯器裡是叢集上的 StorageClass、StatefulSet 和它的兩個 PVC，加上你的修改；你的內容會被當成叢集現況的更新來檢查。請讓兩個 Pod 真的拿到 20Gi，而且 API 伺服器接受這次套用。',
    en: 'The disks of the `db` database are nearly full. You changed the claim template\'s `storage` from `10Gi` to `20Gi`, and the upgrade failed with nothing more than "spec: Forbidden". The editor holds the cluster\'s StorageClass, the StatefulSet and its two PVCs, plus your change; your text is checked as an update of what is live. Get both Pods their 20Gi, in a way the API server accepts.',
  },
  start: manifest({expandable: false, template: '20Gi', claims: '10Gi'}),
  old: manifest({expandable: false, template: '10Gi', claims: '10Gi'}),
  goals: [
    {
      label: {
        'zh-TW': 'API 伺服器接受這次更新：沒有 `sts-update-forbidden-field`',
        en: 'The API server accepts the update: no `sts-update-forbidden-field`',
      },
      holds: (result) => isSilent(result, 'sts-update-forbidden-field'),
    },
    {
      label: {
        'zh-TW': 'StorageClass `fast-ssd` 允許擴充（`allowVolumeExpansion: true`）',
        en: 'The StorageClass `fast-ssd` allows expansion (`allowVolumeExpansion: true`)',
      },
      holds: (result) =>
        getIn(findObject(result, 'StorageClass', 'fast-ssd')?.value, [
          'allowVolumeExpansion',
        ]) === true,
    },
    {
      label: {
        'zh-TW': 'PVC `data-db-0` 和 `data-db-1` 都要求 20Gi',
        en: 'The PVCs `data-db-0` and `data-db-1` both request 20Gi',
      },
      holds: (result) =>
        CLAIMS.every(
          (name) =>
            requestedBytes(findObject(result, 'PersistentVolumeClaim', name)?.value) ===
            20 * GI,
        ),
    },
    {
      label: {'zh-TW': '檢查器沒有回報錯誤', en: 'The checker reports no errors'},
      holds: hasNoErrors,
    },
  ],
  hints: [
    {
      'zh-TW':
        '讀一下問題清單裡 `sts-update-forbidden-field` 的訊息：`volumeClaimTemplates` 在 StatefulSet 建立後就不能改了。先把 claim template 改回 `10Gi`。',
      en: 'Read the `sts-update-forbidden-field` message in the problem list: `volumeClaimTemplates` cannot change once the StatefulSet exists. Start by putting the claim template back to `10Gi`.',
    },
    {
      'zh-TW':
        'claim template 只用來建立新的 PVC。已經存在的磁碟要加大，改的是每個 PVC 自己的 `spec.resources.requests.storage`，而且 StorageClass 要允許擴充。',
      en: 'A claim template is only used to create new PVCs. To grow the disks that exist, change each PVC\'s own `spec.resources.requests.storage`, and the StorageClass has to allow expansion.',
    },
    {
      'zh-TW':
        '在 StorageClass 加上 `allowVolumeExpansion: true`，再把 `data-db-0` 和 `data-db-1` 的 `storage` 改成 `20Gi`；StatefulSet 的 claim template 維持 `10Gi`。',
      en: 'Add `allowVolumeExpansion: true` to the StorageClass and set `storage` to `20Gi` in `data-db-0` and `data-db-1`; the StatefulSet\'s claim template stays at `10Gi`.',
    },
  ],
  solution: manifest({expandable: true, template: '10Gi', claims: '20Gi'}),
  explanation: {
    'zh-TW':
      '在叢集上，同樣的事可以用 `kubectl patch pvc data-db-0 -p \'{"spec":{"resources":{"requests":{"storage":"20Gi"}}}}\'` 對每個 PVC 各做一次。之後若要讓新擴展出來的 Pod（例如 `db-2`）也拿到 20Gi，得用 `kubectl delete statefulset db --cascade=orphan` 刪掉 StatefulSet（Pod 和 PVC 繼續執行），再以 `20Gi` 的 claim template 重新建立。',
    en: 'On a cluster, the same is `kubectl patch pvc data-db-0 -p \'{"spec":{"resources":{"requests":{"storage":"20Gi"}}}}\'`, once for each PVC. For Pods added later (such as `db-2`) to get 20Gi too, delete the StatefulSet with `kubectl delete statefulset db --cascade=orphan` (Pods and PVCs keep running) and create it again with a `20Gi` claim template.',
  },
  chapter: 'frozen-fields',
};
