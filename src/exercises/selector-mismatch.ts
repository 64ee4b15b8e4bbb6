import type {Exercise} from './types';
import {
  hasHeadlessServiceForPods,
  hasNoErrors,
  isSilent,
  statefulSetField,
} from './goals';
import {asLabels, isRecord} from '../checker/k8s/objects';

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: rabbitmq
spec:
  clusterIP: None
  selector:
    app: rabbitmq
  ports:
    - name: amqp
      port: 5672
---
`;

function statefulSet(templateLabels: string): string {
  return `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: rabbitmq
spec:
  serviceName: rabbitmq
  replicas: 3
  selector:
    matchLabels:
      app: rabbitmq
  template:
    metadata:
      labels:
${templateLabels}    spec:
      containers:
        - name: rabbitmq
          image: rabbitmq:3.13
          ports:
            - name: amqp
              containerPort: 5672
          readinessProbe:
            tcpSocket:
              port: amqp
          volumeMounts:
            - name: data
              mountPath: /var/lib/rabbitmq
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: ["ReadWriteOnce"]
        resources:
          requests:
            storage: 5Gi
`;
}

export const exercise: Exercise = {
  id: 'selector-mismatch',
  title: {
    'zh-TW': '修好對不上的選擇器',
    en: 'Fix a selector that does not match',
  },
  scenario: {
    'zh-TW':
      '同事把 Pod 的標籤整理成建議的 `app.kubernetes.io/name`，部署時 API 伺服器卻拒絕了這次變更（「selector does not match template labels」）。這個 StatefulSet 早就在叢集裡執行了，而 `spec.selector` 建立後不能再改。請讓 Pod template 的標籤重新對上選擇器。',
    en: 'A colleague tidied the Pod labels into the recommended `app.kubernetes.io/name`, and the API server refused the change ("selector does not match template labels"). This StatefulSet has been running for months, and `spec.selector` cannot change after creation. Make the Pod template\'s labels match the selector again.',
  },
  start: `${SERVICE}${statefulSet('        app.kubernetes.io/name: rabbitmq\n')}`,
  goals: [
    {
      label: {
        'zh-TW': '`spec.selector` 選得到 Pod template 的標籤（沒有 `sts-selector-template-mismatch`）',
        en: '`spec.selector` selects the Pod template\'s labels (no `sts-selector-template-mismatch`)',
      },
      holds: (result) =>
        isSilent(result, 'sts-selector-template-mismatch') &&
        isRecord(statefulSetField(result, ['spec', 'selector'])),
    },
    {
      label: {
        'zh-TW': '選擇器維持原樣：`matchLabels` 只有 `app: rabbitmq`',
        en: 'The selector stays as it is: `matchLabels` is just `app: rabbitmq`',
      },
      holds: (result) => {
        const selector = statefulSetField(result, ['spec', 'selector']);
        if (!isRecord(selector) || selector.matchExpressions !== undefined) return false;
        const labels = asLabels(selector.matchLabels);
        return Object.keys(labels).length === 1 && labels.app === 'rabbitmq';
      },
    },
    {
      label: {
        'zh-TW': 'Headless Service `rabbitmq` 也選得到這些 Pod',
        en: 'The headless Service `rabbitmq` selects these Pods too',
      },
      holds: hasHeadlessServiceForPods,
    },
    {
      label: {'zh-TW': '檢查器沒有回報錯誤', en: 'The checker reports no errors'},
      holds: hasNoErrors,
    },
  ],
  hints: [
    {
      'zh-TW':
        '看看問題清單：選擇器要的是 `app: rabbitmq`，Pod template 卻只有 `app.kubernetes.io/name: rabbitmq`。',
      en: 'Look at the problem list: the selector wants `app: rabbitmq`, but the Pod template has only `app.kubernetes.io/name: rabbitmq`.',
    },
    {
      'zh-TW':
        '選擇器不能改，能改的是 Pod template。標籤可以不只一個：新的標籤留著，舊的也加回去。',
      en: 'The selector cannot change, but the Pod template can. A Pod may have more than one label: keep the new one and add the old one back.',
    },
    {
      'zh-TW':
        '在 `spec.template.metadata.labels` 底下加一行 `app: rabbitmq`，和 `app.kubernetes.io/name: rabbitmq` 對齊。',
      en: 'Under `spec.template.metadata.labels` add the line `app: rabbitmq`, aligned with `app.kubernetes.io/name: rabbitmq`.',
    },
  ],
  solution: `${SERVICE}${statefulSet('        app: rabbitmq\n        app.kubernetes.io/name: rabbitmq\n')}`,
  explanation: {
    'zh-TW':
      '選擇器決定 StatefulSet 認得哪些 Pod，所以它建立後就固定了。要真正換成新標籤，得用 `kubectl delete statefulset rabbitmq --cascade=orphan` 刪掉 StatefulSet（Pod 與 PVC 留著），再以新的選擇器重新建立。',
    en: 'The selector decides which Pods the StatefulSet owns, which is why it is fixed after creation. To really move to the new label you would delete the StatefulSet with `kubectl delete statefulset rabbitmq --cascade=orphan` (Pods and PVCs stay) and create it again with the new selector.',
  },
  chapter: 'pod-identity',
};
