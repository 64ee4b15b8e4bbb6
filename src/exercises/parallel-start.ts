import type {Exercise} from './types';
import {hasNoErrors, statefulSetField} from './goals';

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: etcd
spec:
  clusterIP: None
  publishNotReadyAddresses: true
  selector:
    app: etcd
  ports:
    - name: peer
      port: 2380
    - name: client
      port: 2379
---
`;

function statefulSet(policy: string): string {
  return `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: etcd
spec:
  serviceName: etcd
  replicas: 3
  podManagementPolicy: ${policy}
  selector:
    matchLabels:
      app: etcd
  template:
    metadata:
      labels:
        app: etcd
    spec:
      containers:
        - name: etcd
          image: quay.io/coreos/etcd:v3.5.17
          ports:
            - name: peer
              containerPort: 2380
            - name: client
              containerPort: 2379
          readinessProbe:
            httpGet:
              path: /readyz
              port: 2381
          volumeMounts:
            - name: data
              mountPath: /var/lib/etcd
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: ["ReadWriteOnce"]
        resources:
          requests:
            storage: 8Gi
`;
}

export const exercise: Exercise = {
  id: 'parallel-start',
  title: {
    'zh-TW': '讓 Pod 同時啟動',
    en: 'Start the Pods in parallel',
  },
  scenario: {
    'zh-TW':
      '第一次安裝三個成員的 etcd 叢集，十分鐘過去了，畫面上還是只有 `etcd-0`，而且一直沒有就緒。etcd 要等過半數的成員都到齊才會就緒，StatefulSet 卻在等 `etcd-0` 就緒後才肯建立 `etcd-1`，兩邊互相等待。請讓三個 Pod 一起啟動。',
    en: 'It is the first install of a three-member etcd cluster. Ten minutes in, there is still only `etcd-0`, and it never becomes ready. etcd is ready only once a majority of members have joined, while the StatefulSet waits for `etcd-0` to be ready before it creates `etcd-1`: each waits for the other. Make all three Pods start together.',
  },
  start: `${SERVICE}${statefulSet('OrderedReady')}`,
  goals: [
    {
      label: {
        'zh-TW': '`spec.podManagementPolicy` 是 `Parallel`',
        en: '`spec.podManagementPolicy` is `Parallel`',
      },
      holds: (result) =>
        statefulSetField(result, ['spec', 'podManagementPolicy']) === 'Parallel',
    },
    {
      label: {
        'zh-TW': '仍然是 3 個副本（etcd 的成員數要是奇數）',
        en: 'Still 3 replicas (etcd wants an odd number of members)',
      },
      holds: (result) => statefulSetField(result, ['spec', 'replicas']) === 3,
    },
    {
      label: {'zh-TW': '檢查器沒有回報錯誤', en: 'The checker reports no errors'},
      holds: hasNoErrors,
    },
  ],
  hints: [
    {
      'zh-TW':
        '預設的 `OrderedReady` 一次只處理一個 Pod：前一個序號就緒了，才建立下一個。',
      en: 'The default, `OrderedReady`, handles one Pod at a time: the next ordinal is created only when the previous one is ready.',
    },
    {
      'zh-TW':
        '`spec.podManagementPolicy` 只有兩個值。另一個值讓控制器不等待，同時建立（和刪除）所有 Pod。',
      en: '`spec.podManagementPolicy` has only two values. The other one lets the controller create (and delete) all Pods at once, without waiting.',
    },
    {
      'zh-TW':
        '把 `podManagementPolicy: OrderedReady` 改成 `podManagementPolicy: Parallel`，大小寫要完全一樣。',
      en: 'Change `podManagementPolicy: OrderedReady` to `podManagementPolicy: Parallel`, with exactly that case.',
    },
  ],
  solution: `${SERVICE}${statefulSet('Parallel')}`,
  explanation: {
    'zh-TW':
      '`podManagementPolicy` 只影響建立與縮減，滾動更新仍然一次換一個 Pod。它在 StatefulSet 建立後就不能修改，所以最好在第一次安裝時就決定。Service 的 `publishNotReadyAddresses: true` 讓成員在就緒之前就能用 DNS 名稱找到彼此。',
    en: '`podManagementPolicy` affects only creation and scaling down; rolling updates still replace one Pod at a time. It cannot change once the StatefulSet exists, so decide it at the first install. The Service\'s `publishNotReadyAddresses: true` lets members find each other by DNS name before they are ready.',
  },
  chapter: 'scaling',
};
