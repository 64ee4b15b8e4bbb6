import type {Rule} from '../rule';
import {claimTemplatesOf} from '../k8s/pod-template';
import {claimClassOf, storageClassTable} from '../k8s/storage-classes';
import {insertFirstField, yamlString} from '../yaml/edits';

/**
 * The text defines a StorageClass that no claim template uses, and a claim
 * template names no class: it gets the cluster default instead.
 */
export const rule: Rule = {
  id: 'vct-storage-class-unset',
  severity: 'warning',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      unset:
        'Claim template `{claim}` names no StorageClass, while this text defines `{storageClass}` and no claim template uses it. The PVCs get the cluster\'s default class instead (or stay Pending where there is none), not the storage written for them. Set `storageClassName` in the claim template\'s `spec`.',
      setStorageClass: 'Set `storageClassName: {storageClass}`',
    },
    'zh-TW': {
      unset:
        'claim template `{claim}` 沒有指定 StorageClass，而這份內容定義了 `{storageClass}`，卻沒有任何 claim template 使用它。PVC 會改用叢集的預設類別（沒有預設類別時就停在 Pending），而不是為它準備的儲存。請在 claim template 的 `spec` 設定 `storageClassName`。',
      setStorageClass: '設定 `storageClassName: {storageClass}`',
    },
  },
  docs: {
    summary: {
      en: 'When the manifests define a StorageClass, a claim template should name it.',
      'zh-TW': '當 manifest 定義了 StorageClass 時，claim template 應該指定它。',
    },
    why: {
      en: 'A StorageClass in the same files as a StatefulSet is almost always meant for its claim templates. A claim that names no class silently gets the cluster\'s default instead, often slower or not replicated, and a StatefulSet\'s PVCs keep that class for their whole life: changing it later means recreating the StatefulSet and moving the data. Claims may name a class in `storageClassName` or in the legacy `volume.beta.kubernetes.io/storage-class` annotation; both count.',
      'zh-TW': '和 StatefulSet 放在同一批檔案裡的 StorageClass，幾乎都是給它的 claim template 用的。沒有指定類別的 PVC 會默默改用叢集的預設類別，常常比較慢或沒有複本；而 StatefulSet 的 PVC 一輩子都是這個類別，之後要改就得重新建立 StatefulSet 並搬移資料。類別可以寫在 `storageClassName`，也可以寫在舊的 `volume.beta.kubernetes.io/storage-class` 註解，兩者都算。',
    },
    bad: [
      'apiVersion: storage.k8s.io/v1',
      'kind: StorageClass',
      'metadata:',
      '  name: fast',
      'provisioner: pd.csi.storage.gke.io',
      'parameters:',
      '  type: pd-ssd',
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
      '  name: fast',
      'provisioner: pd.csi.storage.gke.io',
      'parameters:',
      '  type: pd-ssd',
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
      '      storageClassName: fast',
      '      accessModes: ["ReadWriteOnce"]',
      '      resources:',
      '        requests:',
      '          storage: 1Gi',
      '',
    ].join('\n'),
    source: 'https://kubernetes.io/docs/concepts/storage/persistent-volumes/#class-1',
  },
  check(context) {
    const {defined, hasDefault, referenced} = storageClassTable(context.objects);
    // A class marked as the default is what an unset claim gets: all is well.
    const unused = defined.filter((name) => !referenced.has(name));
    if (hasDefault || unused.length === 0) return;

    for (const {template, path, name} of claimTemplatesOf(context.object)) {
      if (claimClassOf(template)) continue;
      const storageClass = unused.join('`, `');
      const edit =
        unused.length === 1
          ? insertFirstField(context.node, context.rangeOf, [...path, 'spec'], `storageClassName: ${yamlString(unused[0])}`)
          : undefined;
      context.report({
        path: [...path, 'spec', 'storageClassName'],
        messageId: 'unset',
        data: {claim: name ?? `#${String(path[2])}`, storageClass},
        fix: edit && {messageId: 'setStorageClass', data: {storageClass}, edits: [edit]},
      });
    }
  },
};
