/**
 * What the playground's "load" menu offers: the chapters' examples (the same
 * manifests as their pages' editors, comments in the reader's language; a
 * unit test keeps them in step with the pages) and every exercise's starting
 * manifest. Plain data, no DOM.
 */
import type {Locale} from '../checker';
import {EXERCISES, type Localized} from '../exercises';

export interface PlaygroundSource {
  /** Unique in the menu: `example:<id>` or `exercise:<id>`. */
  key: string;
  kind: 'example' | 'exercise';
  title: Localized;
  /** Offered as the download's name after loading. */
  fileName: string;
  yaml: Localized;
}

export interface PlaygroundExample {
  id: string;
  /** Doc id of the page whose editor holds the same manifest. */
  chapter: string;
  fileName: string;
  title: Localized;
  yaml: Localized;
}

/** The same text in both languages. */
function inBoth(yaml: string): Localized {
  return {'zh-TW': yaml, en: yaml};
}

/** One manifest whose comments are written in each language. */
function withComments(
  template: (comments: readonly string[]) => string,
  comments: Record<Locale, readonly string[]>,
): Localized {
  return {
    'zh-TW': template(comments['zh-TW']),
    en: template(comments.en),
  };
}

export const PLAYGROUND_EXAMPLES: ReadonlyArray<PlaygroundExample> = [
  {
    id: 'web',
    chapter: 'example-walkthrough',
    fileName: 'web.yaml',
    title: {
      'zh-TW': '範例逐步解說：nginx 與 Headless Service',
      en: 'Example walkthrough: nginx with a headless Service',
    },
    yaml: withComments(
      (c) => `apiVersion: v1
kind: Service
metadata:
  name: nginx
  labels:
    app: nginx
spec:
  clusterIP: None
  selector:
    app: nginx
  ports:
    - name: web
      port: 80
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: nginx
  replicas: 3
  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      terminationGracePeriodSeconds: 10
      initContainers:
        # ${c[0]}
        - name: write-index
          image: registry.k8s.io/nginx-slim:0.8
          command:
            - sh
            - -c
            - test -f /www/index.html || hostname > /www/index.html
          volumeMounts:
            - name: www
              mountPath: /www
      containers:
        - name: nginx
          image: registry.k8s.io/nginx-slim:0.8
          ports:
            - name: web
              containerPort: 80
          readinessProbe:
            httpGet:
              path: /
              port: web
          volumeMounts:
            - name: www
              mountPath: /usr/share/nginx/html
  volumeClaimTemplates:
    - metadata:
        name: www
      spec:
        accessModes: ["ReadWriteOnce"]
        # ${c[1]}
        storageClassName: my-storage-class
        resources:
          requests:
            storage: 1Gi
`,
      {
        'zh-TW': [
          '第一次啟動時，把 Pod 的主機名稱寫進首頁',
          '換成叢集裡實際存在的 StorageClass',
        ],
        en: [
          "On first start, write the Pod's hostname into the home page",
          'Use a StorageClass that exists in your cluster',
        ],
      },
    ),
  },
  {
    id: 'redis-identity',
    chapter: 'pod-identity',
    fileName: 'redis.yaml',
    title: {
      'zh-TW': 'Pod 的身分：三副本的 Redis',
      en: 'Pod identity: a three-replica Redis',
    },
    yaml: inBoth(`apiVersion: v1
kind: Service
metadata:
  name: redis
  labels:
    app: redis
spec:
  clusterIP: None
  selector:
    app: redis
  ports:
    - name: redis
      port: 6379
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: redis
spec:
  serviceName: redis
  replicas: 3
  selector:
    matchLabels:
      app: redis
  template:
    metadata:
      labels:
        app: redis
    spec:
      terminationGracePeriodSeconds: 30
      containers:
        - name: redis
          image: redis:7.2
          args: ["--appendonly", "yes"]
          ports:
            - name: redis
              containerPort: 6379
          readinessProbe:
            exec:
              command: ["redis-cli", "ping"]
          volumeMounts:
            - name: data
              mountPath: /data
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: ["ReadWriteOnce"]
        resources:
          requests:
            storage: 1Gi
`),
  },
  {
    id: 'scaling',
    chapter: 'scaling',
    fileName: 'web.yaml',
    title: {
      'zh-TW': '有序的部署與擴展：OrderedReady 與保留策略',
      en: 'Ordered scaling: OrderedReady and claim retention',
    },
    yaml: inBoth(`apiVersion: v1
kind: Service
metadata:
  name: nginx
spec:
  clusterIP: None
  selector:
    app: nginx
  ports:
    - name: http
      port: 80
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: nginx
  replicas: 3
  podManagementPolicy: OrderedReady
  persistentVolumeClaimRetentionPolicy:
    whenScaled: Retain
    whenDeleted: Retain
  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
        - name: nginx
          image: registry.k8s.io/nginx-slim:0.8
          ports:
            - name: http
              containerPort: 80
          readinessProbe:
            httpGet:
              path: /
              port: http
          volumeMounts:
            - name: www
              mountPath: /usr/share/nginx/html
  volumeClaimTemplates:
    - metadata:
        name: www
      spec:
        accessModes: [ReadWriteOnce]
        storageClassName: standard
        resources:
          requests:
            storage: 1Gi
`),
  },
  {
    id: 'update-partition',
    chapter: 'update-strategies',
    fileName: 'web.yaml',
    title: {
      'zh-TW': '更新策略：五個副本與 partition',
      en: 'Update strategies: five replicas and a partition',
    },
    yaml: inBoth(`apiVersion: v1
kind: Service
metadata:
  name: nginx
spec:
  clusterIP: None
  selector:
    app: nginx
  ports:
    - name: http
      port: 80
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: nginx
  replicas: 5
  updateStrategy:
    type: RollingUpdate
    rollingUpdate:
      partition: 0
  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
        - name: nginx
          image: registry.k8s.io/nginx-slim:0.8
          ports:
            - name: http
              containerPort: 80
          readinessProbe:
            httpGet:
              path: /
              port: http
          volumeMounts:
            - name: www
              mountPath: /usr/share/nginx/html
  volumeClaimTemplates:
    - metadata:
        name: www
      spec:
        accessModes: [ReadWriteOnce]
        storageClassName: standard
        resources:
          requests:
            storage: 1Gi
`),
  },
  {
    id: 'cache-retention',
    chapter: 'pvc-retention',
    fileName: 'cache.yaml',
    title: {
      'zh-TW': 'PVC 的保留策略：縮減時刪除 PVC 的 Redis 快取',
      en: 'PVC retention: a Redis cache that deletes claims on scale-down',
    },
    yaml: withComments(
      (c) => `apiVersion: v1
kind: Service
metadata:
  name: cache
spec:
  clusterIP: None
  selector:
    app: cache
  ports:
    - name: redis
      port: 6379
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: cache
spec:
  serviceName: cache
  replicas: 3
  persistentVolumeClaimRetentionPolicy:
    # ${c[0]}
    whenDeleted: Retain
    # ${c[1]}
    whenScaled: Delete
  selector:
    matchLabels:
      app: cache
  template:
    metadata:
      labels:
        app: cache
    spec:
      containers:
        - name: redis
          image: redis:7.2
          args: ["--save", "60", "1"]
          ports:
            - name: redis
              containerPort: 6379
          readinessProbe:
            exec:
              command: ["redis-cli", "ping"]
          volumeMounts:
            - name: data
              mountPath: /data
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: ["ReadWriteOnce"]
        resources:
          requests:
            storage: 2Gi
`,
      {
        'zh-TW': [
          '刪除 StatefulSet 時保留所有 PVC',
          '縮減時刪除被移除的 Pod 的 PVC',
        ],
        en: [
          'Deleting the StatefulSet keeps every PVC',
          'Scaling down deletes the PVCs of the removed Pods',
        ],
      },
    ),
  },
];

/** Every entry of the load menu: examples first, then the exercises. */
export const PLAYGROUND_SOURCES: ReadonlyArray<PlaygroundSource> = [
  ...PLAYGROUND_EXAMPLES.map((example) => ({
    key: `example:${example.id}`,
    kind: 'example' as const,
    title: example.title,
    fileName: example.fileName,
    yaml: example.yaml,
  })),
  ...EXERCISES.map((exercise) => ({
    key: `exercise:${exercise.id}`,
    kind: 'exercise' as const,
    title: exercise.title,
    fileName: `${exercise.id}.yaml`,
    yaml: inBoth(exercise.start),
  })),
];

/** What a first visit to the playground shows: the walkthrough's web.yaml. */
export const DEFAULT_SOURCE = PLAYGROUND_SOURCES[0]!;

export function sourceByKey(key: string): PlaygroundSource | undefined {
  return PLAYGROUND_SOURCES.find((source) => source.key === key);
}
