import type {Exercise} from './types';
import {hasNoErrors, isSilent, selectsOwnPods, statefulSetField} from './goals';
import {asArray, getIn} from '../checker/k8s/objects';
import type {CheckResult} from '../checker';

function manifest(selectedApp: string): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: zk
spec:
  clusterIP: None
  selector:
    app: zk
  ports:
    - name: quorum
      port: 2888
    - name: election
      port: 3888
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: zk
spec:
  serviceName: zk
  replicas: 3
  selector:
    matchLabels:
      app: zk
  template:
    metadata:
      labels:
        app: zk
    spec:
      affinity:
        podAntiAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            - labelSelector:
                matchLabels:
                  app: ${selectedApp}
              topologyKey: kubernetes.io/hostname
      containers:
        - name: zookeeper
          image: zookeeper:3.9.2
          ports:
            - name: client
              containerPort: 2181
          readinessProbe:
            tcpSocket:
              port: client
`;
}

const TERMS_PATH = [
  'spec', 'template', 'spec', 'affinity', 'podAntiAffinity',
  'requiredDuringSchedulingIgnoredDuringExecution',
];

/** The required anti-affinity terms of the Pod template. */
function requiredTerms(result: CheckResult): unknown[] {
  return asArray(statefulSetField(result, TERMS_PATH));
}

export const exercise: Exercise = {
  id: 'anti-affinity',
  title: {
    'zh-TW': '什麼都沒選到的反親和性規則',
    en: 'The anti-affinity rule that selects nothing',
  },
  scenario: {
    'zh-TW':
      '一台節點重新開機，三個 ZooKeeper 成員有兩個跟著下線，整個叢集失去過半數。明明設了 `podAntiAffinity`，要求每個成員分散在不同節點，排程器卻把 `zk-0` 和 `zk-1` 放在一起。這條規則是從舊的 Helm chart 複製來的。',
    en: 'One node rebooted and took two of the three ZooKeeper members with it, and the ensemble lost its majority. There is a `podAntiAffinity` rule asking for one member per node, yet the scheduler put `zk-0` and `zk-1` together. The rule was copied from an old Helm chart.',
  },
  start: manifest('zookeeper'),
  goals: [
    {
      label: {
        'zh-TW': '反親和性規則選得到 StatefulSet 自己的 Pod（沒有 `affinity-selector-mismatch`）',
        en: 'The anti-affinity rule selects the StatefulSet\'s own Pods (no `affinity-selector-mismatch`)',
      },
      holds: (result) =>
        isSilent(result, 'affinity-selector-mismatch') &&
        requiredTerms(result).some((term) =>
          selectsOwnPods(result, getIn(term, ['labelSelector'])),
        ),
    },
    {
      label: {
        'zh-TW': '仍然以節點為單位分散：`topologyKey` 是 `kubernetes.io/hostname`',
        en: 'Still spread by node: `topologyKey` is `kubernetes.io/hostname`',
      },
      holds: (result) =>
        requiredTerms(result).some(
          (term) => getIn(term, ['topologyKey']) === 'kubernetes.io/hostname',
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
        '反親和性規則的意思是「不要排到已經有符合 `labelSelector` 的 Pod 的節點上」。比較一下它的 `labelSelector` 和 Pod 實際的標籤。',
      en: 'The anti-affinity rule says "do not go to a node that already runs a Pod matching `labelSelector`". Compare its `labelSelector` with the labels the Pods actually have.',
    },
    {
      'zh-TW':
        '沒有任何 Pod 的標籤是 `app: zookeeper`，所以這條規則永遠成立，等於沒寫。',
      en: 'No Pod is labelled `app: zookeeper`, so the rule is always satisfied: it might as well not be there.',
    },
    {
      'zh-TW':
        '把 `labelSelector.matchLabels` 裡的 `app: zookeeper` 改成 `app: zk`。',
      en: 'Change `app: zookeeper` under `labelSelector.matchLabels` to `app: zk`.',
    },
  ],
  solution: manifest('zk'),
  explanation: {
    'zh-TW':
      '`requiredDuringScheduling` 是硬性規定：節點少於 3 台時，`zk-2` 會停在 Pending，而不是和別的成員擠在一起。節點不夠時寧可少一個成員，也不要兩個成員綁在同一台機器上。',
    en: '`requiredDuringScheduling` is a hard rule: with fewer than 3 nodes, `zk-2` stays Pending instead of sharing a node. Better one member short than two members tied to one machine.',
  },
  chapter: 'limitations',
};
