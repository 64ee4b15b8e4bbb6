import type {Rule} from '../rule';
import {claimTemplatesOf} from '../k8s/pod-template';
import {claimClassOf} from '../k8s/storage-classes';

/** A claim template with `storageClassName: ""`: no dynamic provisioning. */
export const rule: Rule = {
  id: 'vct-storage-class-empty',
  severity: 'warning',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      empty:
        'Claim template `{claim}` asks for the empty StorageClass `""`, which turns off dynamic provisioning: each new PVC stays Pending until someone creates a matching PersistentVolume without a class by hand, and the Pod waits with it. Remove the field to use the cluster\'s default StorageClass, or name the class to provision from.',
    },
    'zh-TW': {
      empty:
        'claim template `{claim}` 指定了空的 StorageClass `""`，這會關閉動態佈建：每個新的 PVC 都會停在 Pending，直到有人手動建立一個沒有類別、條件相符的 PersistentVolume，Pod 也跟著等待。請移除這個欄位以使用叢集的預設 StorageClass，或指定要用來佈建的類別。',
    },
  },
  docs: {
    summary: {
      en: 'A claim template should not set `storageClassName: ""` unless volumes are created by hand.',
      'zh-TW': '除非 Volume 是手動建立的，claim template 不應該設定 `storageClassName: ""`。',
    },
    why: {
      en: 'An empty class name is not the same as no class name: a missing field picks the cluster\'s default StorageClass, while `""` binds only to pre-created PersistentVolumes that have no class. A StatefulSet creates a new PVC for every Pod it adds, so scaling up then waits for an administrator.',
      'zh-TW': '空字串的類別名稱不等於沒有設定：省略這個欄位會使用叢集的預設 StorageClass，`""` 則只會綁定事先建立、沒有類別的 PersistentVolume。StatefulSet 每增加一個 Pod 就會建立一個新的 PVC，擴展時就得等管理員處理。',
    },
    bad: [
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
      '      storageClassName: ""',
      '      accessModes: ["ReadWriteOnce"]',
      '      resources:',
      '        requests:',
      '          storage: 1Gi',
      '',
    ].join('\n'),
    good: [
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
      '      accessModes: ["ReadWriteOnce"]',
      '      resources:',
      '        requests:',
      '          storage: 1Gi',
      '',
    ].join('\n'),
    source: 'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#class-1',
    limitations: {
      en: 'Clusters that provision volumes by hand (local disks, static NFS exports) use `""` on purpose; there the warning can be ignored.',
      'zh-TW': '以手動方式佈建 Volume 的叢集（本機磁碟、固定的 NFS 匯出）會刻意使用 `""`，這時可以忽略這個警告。',
    },
  },
  check(context) {
    for (const {template, path, name} of claimTemplatesOf(context.object)) {
      const claimClass = claimClassOf(template);
      if (claimClass?.name !== '') continue;
      context.report({
        path: [...path, ...claimClass.path],
        messageId: 'empty',
        data: {claim: name ?? `#${String(path[2])}`},
      });
    }
  },
};
