import type {Rule} from '../rule';
import {imagesOf} from '../k8s/container-images';

/** An image with neither a tag nor a digest: it means `:latest`. */
export const rule: Rule = {
  id: 'image-tag-missing',
  severity: 'warning',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      missing:
        'The image `{image}` of container `{container}` has no tag, which means `:latest`: each Pod pulls whatever is newest when it starts. After a restart or a rescheduling, members of this StatefulSet can run different versions over the same data, and there is no version to roll back to. Pin a version tag (or a digest).',
    },
    'zh-TW': {
      missing:
        '容器 `{container}` 的映像檔 `{image}` 沒有標籤（tag），等於 `:latest`：每個 Pod 啟動時都會拉取當下最新的版本。重新啟動或重新排程之後，這個 StatefulSet 的成員可能以不同版本操作同一份資料，也沒有可以回復的版本。請指定版本標籤（或 digest）。',
    },
  },
  docs: {
    summary: {
      en: 'Container images should carry a version tag or a digest.',
      'zh-TW': '容器映像檔應該標明版本標籤或 digest。',
    },
    why: {
      en: 'A StatefulSet replaces its Pods one at a time, over days or months: after node failures, evictions and rolling updates. With an untagged image every new Pod may get a newer build than its peers, so members of one database cluster can run different versions against the same data files, and a rollback has nothing to return to.',
      'zh-TW': 'StatefulSet 會在數天到數月之間陸續替換 Pod：節點故障、驅逐、滾動更新都會發生。映像檔沒有標籤時，每個新的 Pod 都可能拿到比同伴更新的建置，同一個資料庫叢集的成員就可能以不同版本操作同一批資料檔案，回復時也沒有版本可以回去。',
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
      '        image: nginx',
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
    source: 'https://kubernetes.io/docs/concepts/containers/images/#image-names',
  },
  check(context) {
    for (const {image, reference, path, container} of imagesOf(context.object)) {
      if (reference.tag !== undefined || reference.digest !== undefined) continue;
      context.report({path, messageId: 'missing', data: {image, container}});
    }
  },
};
