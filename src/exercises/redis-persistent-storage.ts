import type {Exercise} from './types';
import {
  claimTemplate,
  hasNoErrors,
  mounts,
  podVolume,
  requestedBytes,
} from './goals';

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: session-cache
spec:
  clusterIP: None
  selector:
    app: session-cache
  ports:
    - name: redis
      port: 6379
---
`;

const HEAD = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: session-cache
spec:
  serviceName: session-cache
  replicas: 3
  selector:
    matchLabels:
      app: session-cache
  template:
    metadata:
      labels:
        app: session-cache
    spec:
      containers:
        - name: redis
          image: redis:7.2
          args: ["--appendonly", "yes"]
          ports:
            - name: redis
              containerPort: 6379
          readinessProbe:
            tcpSocket:
              port: redis
          volumeMounts:
            - name: data
              mountPath: /data
`;

export const exercise: Exercise = {
  id: 'redis-persistent-storage',
  title: {
    'zh-TW': '給 Redis 每個 Pod 一份持久性儲存',
    en: 'Give each Redis Pod persistent storage',
  },
  scenario: {
    'zh-TW':
      '上週節點維護，`session-cache` 的三個 Pod 被換掉之後，所有使用者都被登出了。Redis 明明開了 AOF，資料卻寫在 `emptyDir` 裡，跟著 Pod 一起消失。請讓每個 Pod 有自己的 PVC，掛在 `/data`，換了 Pod 也找得回原本那一份。',
    en: 'Last week a node was drained, the three `session-cache` Pods were replaced, and every user was logged out. Redis has AOF turned on, but it writes into an `emptyDir`, which goes away with the Pod. Give each Pod a PVC of its own, mounted at `/data`, so a replacement Pod finds the same data again.',
  },
  start: `${SERVICE}${HEAD}      volumes:
        - name: data
          emptyDir: {}
`,
  goals: [
    {
      label: {
        'zh-TW': '有一個名為 `data` 的 claim template，並要求儲存容量',
        en: 'A claim template named `data` requests storage',
      },
      holds: (result) => (requestedBytes(claimTemplate(result, 'data')) ?? 0) > 0,
    },
    {
      label: {
        'zh-TW': '`redis` 容器把 `data` 掛在 `/data`',
        en: 'The `redis` container mounts `data` at `/data`',
      },
      holds: (result) => mounts(result, 'redis', 'data', '/data'),
    },
    {
      label: {
        'zh-TW': 'Pod template 裡不再有名為 `data` 的 `emptyDir` volume',
        en: 'The Pod template no longer has an `emptyDir` volume named `data`',
      },
      holds: (result) => podVolume(result, 'data') === undefined,
    },
    {
      label: {'zh-TW': '檢查器沒有回報錯誤', en: 'The checker reports no errors'},
      holds: hasNoErrors,
    },
  ],
  hints: [
    {
      'zh-TW':
        'Pod template 裡的 volume 是每個 Pod 各自建立、各自丟棄的。要讓每個 Pod 有一個活得比它久的 PVC，得用 StatefulSet 的 `spec.volumeClaimTemplates`。',
      en: 'Volumes in the Pod template are created and thrown away with each Pod. For a PVC per Pod that outlives it, use the StatefulSet\'s `spec.volumeClaimTemplates`.',
    },
    {
      'zh-TW':
        '`volumeMounts` 已經用 `data` 這個名稱了：把 `volumes` 底下的 `emptyDir` 刪掉，再新增一個同名的 claim template，掛載就會改用 PVC。',
      en: 'The `volumeMounts` entry already uses the name `data`: delete the `emptyDir` under `volumes` and add a claim template with the same name, and the mount uses the PVC instead.',
    },
    {
      'zh-TW':
        '在 `spec` 底下（與 `template` 同一層）加上：`volumeClaimTemplates:`，裡面一項 `metadata.name: data`，`spec.accessModes: ["ReadWriteOnce"]`，`spec.resources.requests.storage: 1Gi`。',
      en: 'Under `spec` (at the level of `template`) add `volumeClaimTemplates:` with one entry: `metadata.name: data`, `spec.accessModes: ["ReadWriteOnce"]`, `spec.resources.requests.storage: 1Gi`.',
    },
  ],
  solution: `${SERVICE}${HEAD}  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: ["ReadWriteOnce"]
        resources:
          requests:
            storage: 1Gi
`,
  explanation: {
    'zh-TW':
      'StatefulSet 會替每個 Pod 建立 `data-session-cache-0`、`data-session-cache-1`、`data-session-cache-2` 三個 PVC。Pod 被換掉時，新的 `session-cache-1` 會掛回同一個 `data-session-cache-1`，AOF 檔案還在。',
    en: 'The StatefulSet creates the PVCs `data-session-cache-0`, `data-session-cache-1` and `data-session-cache-2`, one per Pod. When a Pod is replaced, the new `session-cache-1` mounts the same `data-session-cache-1` again, and the AOF file is still there.',
  },
  chapter: 'why-pods-lose-state',
};
