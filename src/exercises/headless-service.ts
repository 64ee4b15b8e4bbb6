import type {Exercise} from './types';
import {
  findObject,
  hasHeadlessServiceForPods,
  hasNoErrors,
  hasNoWarnings,
  statefulSetField,
} from './goals';

const STATEFUL_SET = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: chat
spec:
  serviceName: chat
  replicas: 3
  selector:
    matchLabels:
      app: chat
  template:
    metadata:
      labels:
        app: chat
        tier: backend
    spec:
      containers:
        - name: chat
          image: ghcr.io/example/chat-server:2.4.1
          ports:
            - name: gossip
              containerPort: 7946
          readinessProbe:
            tcpSocket:
              port: gossip
`;

export const exercise: Exercise = {
  id: 'headless-service',
  title: {
    'zh-TW': '補上 Headless Service，讓 Pod 有 DNS 名稱',
    en: 'Add the headless Service so the Pods get DNS names',
  },
  scenario: {
    'zh-TW':
      '聊天服務的節點要用 `chat-0.chat`、`chat-1.chat` 這樣的名稱互相找到對方，交換線上使用者的清單。可是 `chat-1` 的日誌一直出現「no such host」。`spec.serviceName` 寫的是 `chat`，叢集裡卻沒有這個 Service。請補上它，並確定它選得到這些 Pod。',
    en: 'The chat nodes find each other as `chat-0.chat`, `chat-1.chat` and so on, to share who is online. But `chat-1` keeps logging "no such host". `spec.serviceName` says `chat`, and there is no such Service. Add it, and make sure it selects these Pods.',
  },
  start: STATEFUL_SET,
  goals: [
    {
      label: {
        'zh-TW': '有一個 Service，名稱與 `spec.serviceName` 相同',
        en: 'A Service exists with the name in `spec.serviceName`',
      },
      holds: (result) => {
        const name = statefulSetField(result, ['spec', 'serviceName']);
        return typeof name === 'string' && !!findObject(result, 'Service', name);
      },
    },
    {
      label: {
        'zh-TW': '這個 Service 是 headless（`clusterIP: None`），而且 `selector` 選得到 StatefulSet 的 Pod',
        en: 'The Service is headless (`clusterIP: None`) and its `selector` selects the StatefulSet\'s Pods',
      },
      holds: hasHeadlessServiceForPods,
    },
    {
      label: {
        'zh-TW': '檢查器沒有回報錯誤或警告',
        en: 'The checker reports no errors or warnings',
      },
      holds: (result) => hasNoErrors(result) && hasNoWarnings(result),
    },
  ],
  hints: [
    {
      'zh-TW':
        'Pod 的 DNS 名稱 `<Pod 名稱>.<Service 名稱>` 來自 `spec.serviceName` 指定的 Service，而且它必須是 headless 的：沒有 cluster IP，DNS 直接回應每個 Pod 的位址。',
      en: 'A Pod\'s DNS name `<pod>.<service>` comes from the Service named in `spec.serviceName`, and it has to be headless: with no cluster IP, DNS answers with each Pod\'s own address.',
    },
    {
      'zh-TW':
        '在檔案最前面加一份 `apiVersion: v1`、`kind: Service` 的文件，用一行 `---` 和 StatefulSet 分開。它的 `metadata.name` 要是 `chat`。',
      en: 'Add a document with `apiVersion: v1` and `kind: Service` at the top of the file, separated from the StatefulSet by a `---` line. Its `metadata.name` must be `chat`.',
    },
    {
      'zh-TW':
        'Service 的 `spec` 需要 `clusterIP: None` 和 `selector`，`selector` 裡的標籤要是 Pod 有的，例如 `app: chat`；`ports` 列出 `gossip` 的 `7946` 也好。',
      en: 'The Service\'s `spec` needs `clusterIP: None` and a `selector` with labels the Pods have, such as `app: chat`; listing `gossip` on `7946` under `ports` is good too.',
    },
  ],
  solution: `apiVersion: v1
kind: Service
metadata:
  name: chat
spec:
  clusterIP: None
  selector:
    app: chat
  ports:
    - name: gossip
      port: 7946
---
${STATEFUL_SET}`,
  explanation: {
    'zh-TW':
      '有了 headless Service，叢集的 DNS 會為每個已就緒的 Pod 發布 `chat-0.chat.<命名空間>.svc.cluster.local` 這類名稱。Pod 被換掉後名稱不變，只有位址會更新。',
    en: 'With the headless Service in place, the cluster\'s DNS publishes a name such as `chat-0.chat.<namespace>.svc.cluster.local` for every ready Pod. A replaced Pod keeps its name; only the address behind it changes.',
  },
  chapter: 'pod-identity',
};
