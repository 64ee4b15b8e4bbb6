import type {Rule} from '../rule';
import type {ManifestObject} from '../types';
import {namespaceOf, objectsOfKind, perText} from '../k8s/lookup';
import {getIn, isRecord} from '../k8s/objects';

function autoscaledStatefulSets(objects: ReadonlyArray<ManifestObject>) {
  const table = new Map<string, ManifestObject>();
  for (const hpa of objectsOfKind(objects, 'HorizontalPodAutoscaler')) {
    const target = getIn(hpa.value, ['spec', 'scaleTargetRef']);
    if (!isRecord(target) || target.kind !== 'StatefulSet' || typeof target.name !== 'string') {
      continue;
    }
    table.set(`${namespaceOf(hpa)}/${target.name}`, hpa);
  }
  return table;
}

/**
 * `spec.replicas` set on a StatefulSet that a HorizontalPodAutoscaler of the
 * same text scales: each apply undoes the autoscaler's work.
 */
export const rule: Rule = {
  id: 'sts-replicas-with-hpa',
  severity: 'warning',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      fightsAutoscaler:
        'The HorizontalPodAutoscaler `{hpa}` scales this StatefulSet, yet `spec.replicas` is set to {replicas} here. Every apply of this file resets it to {replicas} Pods and the autoscaler then scales it back: members with the highest ordinals are created and removed again, one at a time, with their volumes left behind. Remove `spec.replicas` and let the autoscaler own it (see the rule page for removing it without a scale-down).',
    },
    'zh-TW': {
      fightsAutoscaler:
        'HorizontalPodAutoscaler `{hpa}` 會調整這個 StatefulSet 的副本數，這裡卻把 `spec.replicas` 設為 {replicas}。每次套用這個檔案都會把它重設成 {replicas} 個 Pod，自動調整器接著又調回去：序號最大的成員一個一個被建立又移除，留下它們的 Volume。請移除 `spec.replicas`，交給自動調整器管理（如何移除而不觸發縮減，請見規則說明頁）。',
    },
  },
  docs: {
    summary: {
      en: 'A StatefulSet scaled by a HorizontalPodAutoscaler should not set `spec.replicas`.',
      'zh-TW': '由 HorizontalPodAutoscaler 調整副本數的 StatefulSet 不應該設定 `spec.replicas`。',
    },
    why: {
      en: 'Scaling a StatefulSet is slow and ordered: Pods are added and removed one at a time from the highest ordinal, and each removed Pod leaves its PersistentVolumeClaim behind. When both the manifest and an autoscaler set the replica count, every deployment of the manifest fights the autoscaler. To hand `replicas` over without a sudden scale to 1, first remove it from the last-applied configuration (`kubectl apply edit-last-applied`), or use server-side apply, before deleting it from the file.',
      'zh-TW': 'StatefulSet 的擴展與縮減又慢又有順序：從序號最大的一端一次增減一個 Pod，被移除的 Pod 還會留下它的 PersistentVolumeClaim。manifest 和自動調整器同時設定副本數時，每次部署 manifest 都會和自動調整器互相拉扯。要把 `replicas` 交給自動調整器、又不想突然縮減成 1 個，請先從上次套用的設定中移除它（`kubectl apply edit-last-applied`），或改用 server-side apply，再從檔案裡刪掉。',
    },
    bad: [
      'apiVersion: autoscaling/v2',
      'kind: HorizontalPodAutoscaler',
      'metadata:',
      '  name: web',
      'spec:',
      '  scaleTargetRef:',
      '    apiVersion: apps/v1',
      '    kind: StatefulSet',
      '    name: web',
      '  minReplicas: 3',
      '  maxReplicas: 6',
      '---',
      'apiVersion: apps/v1',
      'kind: StatefulSet',
      'metadata:',
      '  name: web',
      'spec:',
      '  replicas: 3',
      '  serviceName: nginx',
      '  selector:',
      '    matchLabels:',
      '      app: web',
      '  template:',
      '    metadata:',
      '      labels:',
      '        app: web',
      '    spec:',
      '      containers:',
      '      - name: web',
      '        image: registry.k8s.io/nginx-slim:0.8',
      '',
    ].join('\n'),
    good: [
      'apiVersion: autoscaling/v2',
      'kind: HorizontalPodAutoscaler',
      'metadata:',
      '  name: web',
      'spec:',
      '  scaleTargetRef:',
      '    apiVersion: apps/v1',
      '    kind: StatefulSet',
      '    name: web',
      '  minReplicas: 3',
      '  maxReplicas: 6',
      '---',
      'apiVersion: apps/v1',
      'kind: StatefulSet',
      'metadata:',
      '  name: web',
      'spec:',
      '  serviceName: nginx',
      '  selector:',
      '    matchLabels:',
      '      app: web',
      '  template:',
      '    metadata:',
      '      labels:',
      '        app: web',
      '    spec:',
      '      containers:',
      '      - name: web',
      '        image: registry.k8s.io/nginx-slim:0.8',
      '',
    ].join('\n'),
    source: 'https://kubernetes.io/docs/tasks/run-application/horizontal-pod-autoscale/#migrating-deployments-and-statefulsets-to-horizontal-autoscaling',
  },
  check(context) {
    const {object} = context;
    const replicas = getIn(object.value, ['spec', 'replicas']);
    if (typeof replicas !== 'number' || object.name === undefined) return;
    const hpa = perText(context.objects, autoscaledStatefulSets).get(
      `${namespaceOf(object)}/${object.name}`,
    );
    if (!hpa) return;
    context.report({
      path: ['spec', 'replicas'],
      messageId: 'fightsAutoscaler',
      data: {hpa: hpa.name ?? '', replicas},
    });
  },
};
