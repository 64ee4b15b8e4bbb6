import type {Exercise} from './types';
import {claimTemplate, hasNoErrors, isSilent} from './goals';
import {asArray, getIn} from '../checker/k8s/objects';

function manifest(accessModes: string): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: orders-db
spec:
  clusterIP: None
  selector:
    app: orders-db
  ports:
    - name: postgres
      port: 5432
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: orders-db
spec:
  serviceName: orders-db
  replicas: 2
  selector:
    matchLabels:
      app: orders-db
  template:
    metadata:
      labels:
        app: orders-db
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
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: ${accessModes}
        storageClassName: block-ssd
        resources:
          requests:
            storage: 20Gi
`;
}

const SINGLE_WRITER = ['ReadWriteOncePod', 'ReadWriteOnce'];

export const exercise: Exercise = {
  id: 'access-modes',
  title: {
    'zh-TW': '選對存取模式',
    en: 'Choose the access mode',
  },
  scenario: {
    'zh-TW':
      '訂單資料庫 `orders-db` 的每個 PostgreSQL 副本都有自己的磁碟，放在只支援單一節點掛載的區塊儲存 `block-ssd` 上。有人「為了保險」把兩種存取模式都列上去，API 伺服器拒絕了。兩個 PostgreSQL 行程同時寫同一個資料目錄會毀掉資料，請選一個能防止這件事、這種儲存也提供的存取模式。',
    en: 'Each PostgreSQL replica of `orders-db` has a disk of its own, on `block-ssd`, block storage that attaches to one node at a time. Someone listed two access modes "to be safe", and the API server refused them. Two PostgreSQL processes writing one data directory would destroy it: choose one access mode that prevents that and that this storage offers.',
  },
  start: manifest('["ReadWriteMany", "ReadWriteOncePod"]'),
  goals: [
    {
      label: {
        'zh-TW': '存取模式有效（沒有 `pvc-access-mode-invalid`）',
        en: 'The access modes are valid (no `pvc-access-mode-invalid`)',
      },
      holds: (result) => isSilent(result, 'pvc-access-mode-invalid'),
    },
    {
      label: {
        'zh-TW': '`data` 只列一種單一寫入者的模式：`ReadWriteOncePod` 或 `ReadWriteOnce`',
        en: '`data` lists one single-writer mode: `ReadWriteOncePod` or `ReadWriteOnce`',
      },
      holds: (result) => {
        const modes = asArray(getIn(claimTemplate(result, 'data'), ['spec', 'accessModes']));
        return modes.length === 1 && SINGLE_WRITER.includes(String(modes[0]));
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
        '`ReadWriteMany` 讓許多節點同時讀寫，需要 NFS 這類檔案儲存；區塊儲存通常不提供，而且資料庫也不需要。',
      en: '`ReadWriteMany` lets many nodes read and write at once, which takes file storage such as NFS; block storage usually does not offer it, and a database does not need it.',
    },
    {
      'zh-TW':
        '`ReadWriteOnce` 限制在一個節點上掛載；`ReadWriteOncePod` 更嚴格，只允許一個 Pod，而且不能和其他模式一起列出。',
      en: '`ReadWriteOnce` limits the volume to one node; `ReadWriteOncePod` is stricter, one Pod only, and cannot be listed with other modes.',
    },
    {
      'zh-TW':
        '把 `accessModes` 改成 `["ReadWriteOncePod"]`。如果叢集的 CSI 驅動程式不支援它，就用 `["ReadWriteOnce"]`。',
      en: 'Change `accessModes` to `["ReadWriteOncePod"]`. If the cluster\'s CSI driver does not support it, use `["ReadWriteOnce"]`.',
    },
  ],
  solution: manifest('["ReadWriteOncePod"]'),
  explanation: {
    'zh-TW':
      '`ReadWriteOnce` 只保證同一時間掛在一個節點上，同一個節點上的兩個 Pod 仍然可以同時使用它；`ReadWriteOncePod` 連這種情況也擋下來。`ReadWriteOncePod` 只適用於 CSI 驅動程式提供的 Volume，從 Kubernetes 1.29 起為正式功能（GA）。',
    en: '`ReadWriteOnce` only guarantees one node at a time, so two Pods on the same node can still use the volume together; `ReadWriteOncePod` stops that too. `ReadWriteOncePod` works only with CSI volumes and is generally available since Kubernetes 1.29.',
  },
  chapter: 'limitations',
};
