import type {Exercise} from './types';
import {container, hasNoErrors, statefulSetField} from './goals';

const NEW_IMAGE = 'nginx:1.27.3';

function manifest(image: string, strategy: string): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  clusterIP: None
  selector:
    app: web
  ports:
    - name: http
      port: 80
---
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: web
  replicas: 3
${strategy}  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: ${image}
          ports:
            - name: http
              containerPort: 80
          readinessProbe:
            httpGet:
              path: /
              port: http
`;
}

const LIVE = manifest('nginx:1.26.2', '');

export const exercise: Exercise = {
  id: 'canary-partition',
  title: {
    'zh-TW': '用 partition 先更新一個 Pod',
    en: 'Canary an image update with a partition',
  },
  scenario: {
    'zh-TW':
      '`web` 要從 `nginx:1.26.2` 升級到 `nginx:1.27.3`。上次直接升級，三個 Pod 換完才發現設定檔不相容。這次請先只更新序號最大的 `web-2`，觀察一天，`web-0` 和 `web-1` 維持舊版。編輯器裡是叢集上現有的版本，你的內容會被當成它的更新來檢查。',
    en: '`web` moves from `nginx:1.26.2` to `nginx:1.27.3`. Last time the upgrade went straight through, and the config turned out incompatible only after all three Pods were replaced. This time update only the highest ordinal, `web-2`, and watch it for a day while `web-0` and `web-1` stay on the old version. The editor holds the live version; your text is checked as an update of it.',
  },
  start: LIVE,
  old: LIVE,
  goals: [
    {
      label: {
        'zh-TW': '`web` 容器的映像檔是 `nginx:1.27.3`',
        en: 'The `web` container runs `nginx:1.27.3`',
      },
      holds: (result) => container(result, 'web')?.image === NEW_IMAGE,
    },
    {
      label: {
        'zh-TW': '`RollingUpdate` 的 `partition` 是 2：只有序號 2 以上的 Pod 會更新',
        en: '`RollingUpdate` with `partition: 2`: only ordinals 2 and up are updated',
      },
      holds: (result) => {
        const type = statefulSetField(result, ['spec', 'updateStrategy', 'type']);
        const partition = statefulSetField(result, [
          'spec', 'updateStrategy', 'rollingUpdate', 'partition',
        ]);
        return (type === undefined || type === 'RollingUpdate') && partition === 2;
      },
    },
    {
      label: {'zh-TW': '仍然是 3 個副本', en: 'Still 3 replicas'},
      holds: (result) => statefulSetField(result, ['spec', 'replicas']) === 3,
    },
    {
      label: {
        'zh-TW': 'API 伺服器會接受這次更新：檢查器沒有回報錯誤',
        en: 'The API server accepts the update: the checker reports no errors',
      },
      holds: hasNoErrors,
    },
  ],
  hints: [
    {
      'zh-TW':
        '滾動更新從序號最大的 Pod 開始，往序號 0 進行。`partition` 讓它停在某個序號：序號小於 `partition` 的 Pod 保持舊的 template。',
      en: 'A rolling update starts at the highest ordinal and works down to 0. A `partition` stops it at an ordinal: Pods with an ordinal below the `partition` keep the old template.',
    },
    {
      'zh-TW':
        '3 個 Pod 的序號是 0、1、2。只更新 `web-2`，`partition` 要設成幾？',
      en: 'The three Pods have ordinals 0, 1 and 2. To update only `web-2`, what must the `partition` be?',
    },
    {
      'zh-TW':
        '改掉 `image`，再在 `spec` 底下加上 `updateStrategy:`，內容是 `type: RollingUpdate` 和 `rollingUpdate:`，後者底下是 `partition: 2`。',
      en: 'Change the `image`, then add `updateStrategy:` under `spec` with `type: RollingUpdate` and `rollingUpdate:`, and under that `partition: 2`.',
    },
  ],
  solution: manifest(
    NEW_IMAGE,
    '  updateStrategy:\n    type: RollingUpdate\n    rollingUpdate:\n      partition: 2\n',
  ),
  explanation: {
    'zh-TW':
      '觀察沒問題之後，把 `partition` 改成 0（或刪掉），`web-1` 和 `web-0` 就會依序更新。有問題的話，把 `image` 改回 `nginx:1.26.2`，只有 `web-2` 需要換回來。',
    en: 'Once the canary looks good, set the `partition` to 0 (or remove it) and `web-1`, then `web-0`, are updated in turn. If it does not, put the `image` back to `nginx:1.26.2`: only `web-2` has to roll back.',
  },
  chapter: 'update-strategies',
};
