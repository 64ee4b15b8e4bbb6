import type {Rule} from '../rule';
import {claimTemplatesOf} from '../k8s/pod-template';
import {claimClassOf, storageClassTable} from '../k8s/storage-classes';

/**
 * A claim template names a StorageClass the text does not define, while the
 * text defines others: most likely a name left from another cluster.
 */
export const rule: Rule = {
  id: 'vct-storage-class-unknown',
  severity: 'warning',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      unknown:
        'Claim template `{claim}` asks for the StorageClass `{storageClass}`, but this text defines only `{defined}`. Unless the cluster already has a class `{storageClass}`, every PVC stays Pending and the Pods are never scheduled ("pod has unbound immediate PersistentVolumeClaims"). Use one of the defined classes, or check the name with `kubectl get storageclass`.',
    },
    'zh-TW': {
      unknown:
        'claim template `{claim}` 要求 StorageClass `{storageClass}`，但這份內容只定義了 `{defined}`。除非叢集裡已經有 `{storageClass}` 這個類別，否則每個 PVC 都會停在 Pending，Pod 也永遠無法排程（「pod has unbound immediate PersistentVolumeClaims」）。請改用已定義的類別，或用 `kubectl get storageclass` 確認名稱。',
    },
  },
  docs: {
    summary: {
      en: 'A claim template should name a StorageClass the manifests define, when they define any.',
      'zh-TW': '當 manifest 有定義 StorageClass 時，claim template 應該使用其中之一。',
    },
    why: {
      en: 'A PVC that names a StorageClass the cluster does not have is never bound, and the API server does not check the name. Since a StatefulSet creates one PVC per Pod, its first Pod waits forever in Pending. When the same files define StorageClasses, a claim that names another class is most likely a leftover from a different cluster.',
      'zh-TW': '指定了叢集中不存在之 StorageClass 的 PVC 永遠不會被綁定，而 API 伺服器不會檢查這個名稱。StatefulSet 替每個 Pod 建立一個 PVC，所以第一個 Pod 就會一直停在 Pending。當同一批檔案自己定義了 StorageClass，卻指定另一個類別時，多半是從別的叢集留下來的名稱。',
    },
    bad: [
      'apiVersion: storage.k8s.io/v1',
      'kind: StorageClass',
      'metadata:',
      '  name: local-path',
      'provisioner: rancher.io/local-path',
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
      '        volumeMounts:',
      '        - name: www',
      '          mountPath: /usr/share/nginx/html',
      '  volumeClaimTemplates:',
      '  - metadata:',
      '      name: www',
      '    spec:',
      '      storageClassName: standard',
      '      accessModes: ["ReadWriteOnce"]',
      '      resources:',
      '        requests:',
      '          storage: 1Gi',
      '',
    ].join('\n'),
    good: [
      'apiVersion: storage.k8s.io/v1',
      'kind: StorageClass',
      'metadata:',
      '  name: local-path',
      'provisioner: rancher.io/local-path',
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
      '        volumeMounts:',
      '        - name: www',
      '          mountPath: /usr/share/nginx/html',
      '  volumeClaimTemplates:',
      '  - metadata:',
      '      name: www',
      '    spec:',
      '      storageClassName: local-path',
      '      accessModes: ["ReadWriteOnce"]',
      '      resources:',
      '        requests:',
      '          storage: 1Gi',
      '',
    ].join('\n'),
    source: 'https://github.com/kubernetes/kubernetes/issues/81714',
    limitations: {
      en: 'The checker does not know the cluster\'s StorageClasses, so it judges only texts that define some; a class that exists in the cluster but not in the text is reported anyway.',
      'zh-TW': '檢查器不知道叢集裡有哪些 StorageClass，所以只在內容自己定義了類別時才判斷；叢集裡有、內容裡沒有的類別仍然會被回報。',
    },
  },
  check(context) {
    const {defined} = storageClassTable(context.objects);
    if (defined.length === 0) return;
    for (const {template, path, name} of claimTemplatesOf(context.object)) {
      const claimClass = claimClassOf(template);
      if (!claimClass || claimClass.name === '' || defined.includes(claimClass.name)) continue;
      context.report({
        path: [...path, ...claimClass.path],
        messageId: 'unknown',
        data: {
          claim: name ?? `#${String(path[2])}`,
          storageClass: claimClass.name,
          defined: defined.join('`, `'),
        },
      });
    }
  },
};
