import type {Exercise} from './types';
import {hasNoErrors, statefulSetField} from './goals';

function manifest(replicas: number, policy: string): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: build-cache
spec:
  clusterIP: None
  selector:
    app: build-cache
  ports:
    - name: grpc
      port: 8980
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: build-cache
spec:
  serviceName: build-cache
  replicas: ${replicas}
${policy}  selector:
    matchLabels:
      app: build-cache
  template:
    metadata:
      labels:
        app: build-cache
    spec:
      containers:
        - name: cache
          image: buchgr/bazel-remote-cache:v2.4.4
          ports:
            - name: grpc
              containerPort: 8980
          readinessProbe:
            tcpSocket:
              port: grpc
          volumeMounts:
            - name: cache
              mountPath: /data
  volumeClaimTemplates:
    - metadata:
        name: cache
      spec:
        accessModes: ["ReadWriteOnce"]
        resources:
          requests:
            storage: 200Gi
`;
}

const RETENTION_PATH = ['spec', 'persistentVolumeClaimRetentionPolicy'];

export const exercise: Exercise = {
  id: 'scale-down-delete-claims',
  title: {
    'zh-TW': '縮減副本，並刪除多出來的 PVC',
    en: 'Scale down and delete the claims left over',
  },
  scenario: {
    'zh-TW':
      '建置快取 `build-cache` 在發版週擴展到 6 個副本，現在要縮減回 2 個。快取隨時可以重建，上次縮減後卻留下四個沒人用的 200Gi PVC，整整一個月都在計費。請讓縮減時自動刪除 PVC；但如果有人誤刪了整個 StatefulSet，還在用的兩份快取要留著。',
    en: 'The `build-cache` grew to 6 replicas for release week and now goes back to 2. A cache can always be rebuilt, yet the last scale-down left four unused 200Gi PVCs behind, billed for a whole month. Make scale-downs delete the claims; but if someone deletes the whole StatefulSet by mistake, the two caches still in use should stay.',
  },
  start: manifest(6, ''),
  goals: [
    {
      label: {'zh-TW': '`spec.replicas` 是 2', en: '`spec.replicas` is 2'},
      holds: (result) => statefulSetField(result, ['spec', 'replicas']) === 2,
    },
    {
      label: {
        'zh-TW': '縮減時刪除 PVC：`whenScaled` 是 `Delete`',
        en: 'Claims are deleted on scale-down: `whenScaled` is `Delete`',
      },
      holds: (result) =>
        statefulSetField(result, [...RETENTION_PATH, 'whenScaled']) === 'Delete',
    },
    {
      label: {
        'zh-TW': '刪除 StatefulSet 時保留 PVC：`whenDeleted` 是 `Retain`（或不設定）',
        en: 'Claims are kept when the StatefulSet is deleted: `whenDeleted` is `Retain` (or unset)',
      },
      holds: (result) => {
        const whenDeleted = statefulSetField(result, [...RETENTION_PATH, 'whenDeleted']);
        return whenDeleted === undefined || whenDeleted === 'Retain';
      },
    },
    {
      label: {'zh-TW': '檢查器沒有回報錯誤', en: 'The checker reports no errors'},
      holds: hasNoErrors,
    },
  ],
  hints: [
    {
      'zh-TW':
        '沒有設定時，StatefulSet 無論縮減或刪除都不會動到 PVC。要改變這一點，得在 `spec` 底下加上 `persistentVolumeClaimRetentionPolicy`。',
      en: 'Without a policy, the StatefulSet never touches its PVCs, whether it is scaled down or deleted. To change that, add `persistentVolumeClaimRetentionPolicy` under `spec`.',
    },
    {
      'zh-TW':
        '它的兩個欄位各自可以是 `Retain` 或 `Delete`：`whenScaled` 對應縮減，`whenDeleted` 對應刪除整個 StatefulSet。',
      en: 'Each of its two fields is `Retain` or `Delete`: `whenScaled` for scaling down, `whenDeleted` for deleting the whole StatefulSet.',
    },
    {
      'zh-TW':
        '把 `replicas: 6` 改成 `replicas: 2`，並在它下面加上 `persistentVolumeClaimRetentionPolicy:`，內容是 `whenScaled: Delete` 和 `whenDeleted: Retain`。',
      en: 'Change `replicas: 6` to `replicas: 2` and add, below it, `persistentVolumeClaimRetentionPolicy:` with `whenScaled: Delete` and `whenDeleted: Retain`.',
    },
  ],
  solution: manifest(
    2,
    '  persistentVolumeClaimRetentionPolicy:\n    whenScaled: Delete\n    whenDeleted: Retain\n',
  ),
  explanation: {
    'zh-TW':
      '縮減到 2 個副本時，控制器刪除 `build-cache-2` 到 `build-cache-5`，以及它們的 `cache-build-cache-2` 到 `cache-build-cache-5`。`whenDeleted: Retain` 則讓 `cache-build-cache-0`、`cache-build-cache-1` 在 StatefulSet 被刪除後仍然留著。',
    en: 'Scaling to 2 deletes `build-cache-2` to `build-cache-5` and their claims `cache-build-cache-2` to `cache-build-cache-5`. `whenDeleted: Retain` keeps `cache-build-cache-0` and `cache-build-cache-1` if the StatefulSet itself is deleted.',
  },
  chapter: 'pvc-retention',
};
