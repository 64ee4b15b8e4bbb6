import type {Exercise} from './types';
import {hasNoErrors, statefulSetField} from './goals';

function manifest(replicas: number, policy: string): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: search
spec:
  clusterIP: None
  selector:
    app: search
  ports:
    - name: http
      port: 9200
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: search
spec:
  serviceName: search
  replicas: ${replicas}
${policy}  selector:
    matchLabels:
      app: search
  template:
    metadata:
      labels:
        app: search
    spec:
      containers:
        - name: opensearch
          image: opensearchproject/opensearch:2.17.1
          ports:
            - name: http
              containerPort: 9200
          readinessProbe:
            tcpSocket:
              port: http
          volumeMounts:
            - name: data
              mountPath: /usr/share/opensearch/data
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: ["ReadWriteOnce"]
        resources:
          requests:
            storage: 50Gi
`;
}

const COPIED_POLICY =
  '  persistentVolumeClaimRetentionPolicy:\n    whenDeleted: Retain\n    whenScaled: Delete\n';

export const exercise: Exercise = {
  id: 'scale-down-keep-data',
  title: {
    'zh-TW': '縮減副本，但保留資料',
    en: 'Scale down without losing data',
  },
  scenario: {
    'zh-TW':
      '週年慶結束，搜尋叢集 `search` 要從 5 個節點縮減到 3 個；明年檔期前還會再擴展回來，到時候 `search-3`、`search-4` 應該接回原本的索引，不必從頭同步 50Gi 的資料。這份 manifest 是從 CI 範本複製來的，裡面的 PVC 保留策略會在縮減時把 PVC 刪掉。',
    en: 'The anniversary sale is over: the `search` cluster goes from 5 nodes to 3. Before next year\'s sale it will scale up again, and `search-3` and `search-4` should pick up their old indices rather than copy 50Gi from scratch. This manifest was copied from a CI template, and its PVC retention policy deletes the claims on scale-down.',
  },
  start: manifest(5, COPIED_POLICY),
  goals: [
    {
      label: {'zh-TW': '`spec.replicas` 是 3', en: '`spec.replicas` is 3'},
      holds: (result) => statefulSetField(result, ['spec', 'replicas']) === 3,
    },
    {
      label: {
        'zh-TW': '縮減時保留 PVC：`whenScaled` 是 `Retain`（或不設定，預設就是 `Retain`）',
        en: 'Claims are kept on scale-down: `whenScaled` is `Retain` (or unset: `Retain` is the default)',
      },
      holds: (result) => {
        const whenScaled = statefulSetField(result, [
          'spec', 'persistentVolumeClaimRetentionPolicy', 'whenScaled',
        ]);
        return whenScaled === undefined || whenScaled === 'Retain';
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
        '`persistentVolumeClaimRetentionPolicy` 有兩個欄位：`whenDeleted` 管刪除整個 StatefulSet 的時候，`whenScaled` 管縮減副本的時候。',
      en: '`persistentVolumeClaimRetentionPolicy` has two fields: `whenDeleted` applies when the whole StatefulSet is deleted, `whenScaled` when it is scaled down.',
    },
    {
      'zh-TW':
        '`whenScaled: Delete` 會在 `search-3`、`search-4` 被移除時一起刪掉 `data-search-3`、`data-search-4`。',
      en: '`whenScaled: Delete` deletes `data-search-3` and `data-search-4` together with `search-3` and `search-4`.',
    },
    {
      'zh-TW':
        '把 `replicas: 5` 改成 `replicas: 3`，再把 `whenScaled: Delete` 改成 `whenScaled: Retain`。',
      en: 'Change `replicas: 5` to `replicas: 3`, and `whenScaled: Delete` to `whenScaled: Retain`.',
    },
  ],
  solution: manifest(
    3,
    '  persistentVolumeClaimRetentionPolicy:\n    whenDeleted: Retain\n    whenScaled: Retain\n',
  ),
  explanation: {
    'zh-TW':
      '縮減後 `data-search-3`、`data-search-4` 仍然存在（也仍然計費）。擴展回 5 個副本時，新的 `search-3` 會掛回 `data-search-3`。',
    en: 'After the scale-down, `data-search-3` and `data-search-4` are still there (and still billed). When you scale back to 5, the new `search-3` mounts `data-search-3` again.',
  },
  chapter: 'pvc-retention',
};
