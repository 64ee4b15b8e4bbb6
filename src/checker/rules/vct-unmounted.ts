import type {Rule} from '../rule';
import {asArray, isRecord} from '../k8s/objects';
import {claimTemplatesOf, containersOf} from '../k8s/pod-template';

/** A claim template no container mounts (or uses as a block device). */
export const rule: Rule = {
  id: 'vct-unmounted',
  severity: 'warning',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      unmounted:
        'No container mounts the claim template `{claim}`. Each Pod still gets its own PersistentVolumeClaim (`{claim}-{name}-0`, `{claim}-{name}-1`…), and the volumes are provisioned and paid for, but nothing is written to them: the data stays in the container or in another volume and is lost when the Pod is replaced. Add a `volumeMounts` entry with `name: {claim}` to the container that keeps the data.',
    },
    'zh-TW': {
      unmounted:
        '沒有任何容器掛載 claim template `{claim}`。每個 Pod 仍然會得到自己的 PersistentVolumeClaim（`{claim}-{name}-0`、`{claim}-{name}-1`…），Volume 也會佈建、計費，卻沒有任何資料寫進去：資料留在容器裡或其他 Volume，Pod 被替換時就會遺失。請在保存資料的容器加上 `name: {claim}` 的 `volumeMounts` 項目。',
    },
  },
  docs: {
    summary: {
      en: 'Every claim template should be mounted by a container of the Pod template.',
      'zh-TW': '每個 claim template 都應該被 Pod 範本裡的某個容器掛載。',
    },
    why: {
      en: 'Claim templates are how a StatefulSet gives each Pod its own persistent storage, and the API reference requires at least one matching volumeMount for each. An unmounted template is usually a renamed volume: the PVCs exist, so everything looks right, but the application writes to an emptyDir or its own file system and loses the data on the next restart.',
      'zh-TW': 'StatefulSet 靠 claim template 讓每個 Pod 擁有自己的持久性儲存，API 參考文件也要求每個 claim template 至少有一個同名的 volumeMount。沒被掛載的 claim template 通常是改了名字的 Volume：PVC 都在，看起來一切正常，應用程式卻寫進 emptyDir 或自己的檔案系統，下次重新啟動時資料就不見了。',
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
    source: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/stateful-set-v1/#StatefulSetSpec',
  },
  check(context) {
    const {object} = context;
    const templates = claimTemplatesOf(object);
    const containers = containersOf(object);
    // Without containers (a missing template) other rules have the error.
    if (templates.length === 0 || containers.length === 0) return;

    // Block-mode claims are used through volumeDevices rather than volumeMounts.
    const used = new Set<unknown>();
    for (const {container} of containers) {
      for (const field of ['volumeMounts', 'volumeDevices']) {
        for (const entry of asArray(container[field])) {
          if (isRecord(entry)) used.add(entry.name);
        }
      }
    }
    for (const {name, path} of templates) {
      if (name === undefined || used.has(name)) continue;
      context.report({path, messageId: 'unmounted', data: {claim: name, name: object.name ?? '<name>'}});
    }
  },
};
