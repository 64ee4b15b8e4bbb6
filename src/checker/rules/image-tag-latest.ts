import type {Rule} from '../rule';
import {imagesOf} from '../k8s/container-images';

/** An image tagged `:latest` and not pinned by digest. */
export const rule: Rule = {
  id: 'image-tag-latest',
  severity: 'warning',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      latest:
        'The image `{image}` of container `{container}` uses the `:latest` tag, which moves: each Pod pulls whatever is newest when it starts. Members of this StatefulSet can then run different versions over the same data, and a rollback has no version to return to. Pin a version tag (or a digest).',
    },
    'zh-TW': {
      latest:
        '容器 `{container}` 的映像檔 `{image}` 使用 `:latest` 標籤，它會一直變動：每個 Pod 啟動時都會拉取當下最新的版本。這個 StatefulSet 的成員因此可能以不同版本操作同一份資料，回復時也沒有版本可以回去。請指定版本標籤（或 digest）。',
    },
  },
  docs: {
    summary: {
      en: 'Container images should not use the `:latest` tag.',
      'zh-TW': '容器映像檔不應該使用 `:latest` 標籤。',
    },
    why: {
      en: '`:latest` names whatever was pushed last, and Kubernetes pulls it again for every new Pod. A StatefulSet replaces its Pods one at a time over a long life, so its members drift apart in version while sharing the same data, and nothing in the manifest tells which version is running. An image pinned by digest (`…:latest@sha256:…`) is immutable and not reported.',
      'zh-TW': '`:latest` 指的是最後推送的那個映像檔，Kubernetes 每建立一個新 Pod 都會重新拉取。StatefulSet 在漫長的生命週期中逐一替換 Pod，成員的版本就會漸漸分歧，卻共用同一份資料，而 manifest 也看不出正在執行哪個版本。以 digest 固定的映像檔（`…:latest@sha256:…`）不會改變，不會被回報。',
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
      '        image: nginx:latest',
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
      '        image: nginx:1.27.3',
      '',
    ].join('\n'),
    source: 'https://kubernetes.io/docs/concepts/configuration/overview/#container-images',
  },
  check(context) {
    for (const {image, reference, path, container} of imagesOf(context.object)) {
      if (reference.tag !== 'latest' || reference.digest !== undefined) continue;
      context.report({path, messageId: 'latest', data: {image, container}});
    }
  },
};
