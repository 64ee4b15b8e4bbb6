import type {Exercise} from './types';
import {findObject, hasNoErrors, isSilent} from './goals';
import {asArray, getIn, isRecord} from '../checker/k8s/objects';
import type {CheckResult} from '../checker';

function manifest(dataClass: string, walClass: string): string {
  return `apiVersion: storage.k8s.io/v1
kind: StorageClass
metadata:
  name: longhorn-ssd
provisioner: driver.longhorn.io
allowVolumeExpansion: true
parameters:
  numberOfReplicas: "2"
---
apiVersion: v1
kind: Service
metadata:
  name: ledger
spec:
  clusterIP: None
  selector:
    app: ledger
  ports:
    - name: postgres
      port: 5432
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ledger
spec:
  serviceName: ledger
  replicas: 2
  selector:
    matchLabels:
      app: ledger
  template:
    metadata:
      labels:
        app: ledger
    spec:
      containers:
        - name: postgres
          image: postgres:16.4
          ports:
            - name: postgres
              containerPort: 5432
          readinessProbe:
            exec:
              command: ["pg_isready", "-U", "postgres"]
          volumeMounts:
            - name: data
              mountPath: /var/lib/postgresql/data
            - name: wal
              mountPath: /var/lib/postgresql/wal
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        storageClassName: ${dataClass}
        accessModes: ["ReadWriteOnce"]
        resources:
          requests:
            storage: 20Gi
    - metadata:
        name: wal
      spec:
        storageClassName: ${walClass}
        accessModes: ["ReadWriteOnce"]
        resources:
          requests:
            storage: 5Gi
`;
}

/** True when every claim template names a StorageClass defined in the text. */
function usesDefinedClasses(result: CheckResult): boolean {
  const statefulSet = findObject(result, 'StatefulSet');
  const templates = asArray(getIn(statefulSet?.value, ['spec', 'volumeClaimTemplates']));
  return (
    templates.length > 0 &&
    templates.every((template) => {
      const name = isRecord(template)
        ? getIn(template, ['spec', 'storageClassName'])
        : undefined;
      return typeof name === 'string' && !!findObject(result, 'StorageClass', name);
    })
  );
}

export const exercise: Exercise = {
  id: 'storage-class-pending',
  title: {
    'zh-TW': '修好卡在 Pending 的 PVC',
    en: 'Fix claims stuck in Pending',
  },
  scenario: {
    'zh-TW':
      '帳務服務 `ledger` 從雲端搬到機房的叢集，StorageClass 也換成了 Longhorn 的 `longhorn-ssd`。套用之後 `ledger-0` 一直是 Pending，`kubectl describe pod` 只說「pod has unbound immediate PersistentVolumeClaims」。兩個 claim template 還留著在雲端時的設定。',
    en: 'The `ledger` service moved from the cloud to the on-premises cluster, and its StorageClass is now Longhorn\'s `longhorn-ssd`. After the apply, `ledger-0` stays Pending, and `kubectl describe pod` only says "pod has unbound immediate PersistentVolumeClaims". Both claim templates still carry their cloud settings.',
  },
  start: manifest('gp2', '""'),
  goals: [
    {
      label: {
        'zh-TW': '沒有 claim template 指定不存在的類別（沒有 `vct-storage-class-unknown`）',
        en: 'No claim template names a class that does not exist (no `vct-storage-class-unknown`)',
      },
      holds: (result) => isSilent(result, 'vct-storage-class-unknown'),
    },
    {
      label: {
        'zh-TW': '沒有 claim template 用空字串關掉動態佈建（沒有 `vct-storage-class-empty`）',
        en: 'No claim template turns off dynamic provisioning with an empty class (no `vct-storage-class-empty`)',
      },
      holds: (result) => isSilent(result, 'vct-storage-class-empty'),
    },
    {
      label: {
        'zh-TW': '每個 claim template 都指定這份內容定義的 StorageClass',
        en: 'Every claim template names a StorageClass this text defines',
      },
      holds: usesDefinedClasses,
    },
    {
      label: {'zh-TW': '檢查器沒有回報錯誤', en: 'The checker reports no errors'},
      holds: hasNoErrors,
    },
  ],
  hints: [
    {
      'zh-TW':
        '問題清單裡有兩則警告，各自指向一個 `storageClassName`。',
      en: 'The problem list has two warnings, each pointing at a `storageClassName`.',
    },
    {
      'zh-TW':
        '`gp2` 是 AWS EBS 的類別，這個叢集沒有。`storageClassName: ""` 的意思是「不要動態佈建」，PVC 會等管理員手動建立的 PersistentVolume，永遠等不到。',
      en: '`gp2` is an AWS EBS class, which this cluster does not have. `storageClassName: ""` means "no dynamic provisioning": the PVC waits for a PersistentVolume an administrator creates by hand, which never comes.',
    },
    {
      'zh-TW':
        '兩個 claim template 的 `storageClassName` 都改成 `longhorn-ssd`。',
      en: 'Set `storageClassName` to `longhorn-ssd` in both claim templates.',
    },
  ],
  solution: manifest('longhorn-ssd', 'longhorn-ssd'),
  explanation: {
    'zh-TW':
      '已經建立的 PVC 不會跟著改類別，而 `volumeClaimTemplates` 在 StatefulSet 建立後也不能修改，所以修正後的檔案不能直接套用在現有的 StatefulSet 上。反正還沒有任何 Pod 在執行：先刪除 StatefulSet 和卡住的 PVC（`kubectl delete statefulset ledger`、`kubectl delete pvc data-ledger-0 wal-ledger-0`），再套用修正後的檔案。',
    en: 'The PVCs already created do not change class, and `volumeClaimTemplates` cannot change once the StatefulSet exists, so the fixed file cannot simply be applied over it. Nothing is running yet anyway: delete the StatefulSet and the stuck PVCs (`kubectl delete statefulset ledger`, `kubectl delete pvc data-ledger-0 wal-ledger-0`), then apply the fixed file.',
  },
  chapter: 'limitations',
};
