import type {Rule} from '../rule';
import {imagesOf} from '../k8s/container-images';
import {replaceString} from '../yaml/scalar-edit';

// k8s.gcr.io has been frozen since 3 April 2023; the same images (and all
// newer ones) are served from registry.k8s.io.
// https://kubernetes.io/blog/2023/02/06/k8s-gcr-io-freeze-announcement/
const FROZEN = 'k8s.gcr.io';
const REPLACEMENT = 'registry.k8s.io';

/** An image from the frozen k8s.gcr.io registry. Advice, not a fault. */
export const rule: Rule = {
  id: 'image-registry-deprecated',
  severity: 'info',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      frozen:
        'The image `{image}` comes from `k8s.gcr.io`, which has been frozen since April 2023: it gets no new images or patches, and the old ones may stop being served. The same images are published on `registry.k8s.io`: use `{replacement}`.',
      useRegistryK8sIo: 'Use `{replacement}`',
    },
    'zh-TW': {
      frozen:
        '映像檔 `{image}` 來自 `k8s.gcr.io`，這個映像檔倉庫從 2023 年 4 月起已經凍結：不再有新的映像檔或修補，舊的映像檔也可能停止提供。相同的映像檔都發布在 `registry.k8s.io`：請改用 `{replacement}`。',
      useRegistryK8sIo: '改用 `{replacement}`',
    },
  },
  docs: {
    summary: {
      en: 'Images from `k8s.gcr.io` should come from `registry.k8s.io`.',
      'zh-TW': '來自 `k8s.gcr.io` 的映像檔應該改從 `registry.k8s.io` 取得。',
    },
    why: {
      en: 'Many StatefulSet tutorials still use `k8s.gcr.io/nginx-slim`. That registry is frozen; a StatefulSet pulls its image again whenever a Pod lands on a new node, so an image that disappears from the old registry breaks the StatefulSet long after it was created, on the first rescheduling.',
      'zh-TW': '許多 StatefulSet 教學仍在使用 `k8s.gcr.io/nginx-slim`。這個映像檔倉庫已經凍結；而 Pod 每排到一個新節點，StatefulSet 就要重新拉取映像檔，所以一旦舊倉庫移除映像檔，StatefulSet 會在建立很久之後、第一次重新排程時突然壞掉。',
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
      '        image: k8s.gcr.io/nginx-slim:0.8',
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
      '',
    ].join('\n'),
    source: 'https://kubernetes.io/blog/2023/02/06/k8s-gcr-io-freeze-announcement/',
  },
  check(context) {
    for (const {image, reference, path} of imagesOf(context.object)) {
      if (reference.registry !== FROZEN) continue;
      const replacement = REPLACEMENT + image.slice(FROZEN.length);
      const edit = replaceString(context, path, replacement);
      context.report({
        path,
        messageId: 'frozen',
        data: {image, replacement},
        fix: edit && {messageId: 'useRegistryK8sIo', data: {replacement}, edits: [edit]},
      });
    }
  },
};
