import type {Rule} from '../rule';
import {getIn} from '../k8s/objects';

const PATH = ['spec', 'template', 'spec', 'terminationGracePeriodSeconds'];

/** `terminationGracePeriodSeconds: 0` in a StatefulSet's Pod template. */
export const rule: Rule = {
  id: 'sts-termination-grace-zero',
  severity: 'warning',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      zero: '`terminationGracePeriodSeconds` is 0, so a deleted Pod of this StatefulSet is removed from the API at once, with no time to shut down cleanly. The controller may then start a new Pod with the same name and volume while the old process still runs on an unreachable node: two members with one identity. The StatefulSet documentation calls this unsafe. Remove the field (the default is 30 seconds) or give it the seconds a clean shutdown needs.',
    },
    'zh-TW': {
      zero: '`terminationGracePeriodSeconds` 是 0，這個 StatefulSet 的 Pod 一被刪除就立即從 API 移除，沒有時間正常關閉。控制器可能接著建立同名、使用同一個 Volume 的新 Pod，而舊的程序還在一個連不到的節點上執行：兩個成員擁有同一個身分。StatefulSet 的官方文件明言這樣做並不安全。請移除這個欄位（預設為 30 秒），或設定正常關閉所需的秒數。',
    },
  },
  docs: {
    summary: {
      en: 'A StatefulSet\'s Pods should not have `terminationGracePeriodSeconds: 0`.',
      'zh-TW': 'StatefulSet 的 Pod 不應該設定 `terminationGracePeriodSeconds: 0`。',
    },
    why: {
      en: 'A StatefulSet guarantees at most one Pod per identity. A grace period of 0 deletes the Pod object immediately, without waiting for the kubelet to confirm that the containers stopped, so the guarantee no longer holds: the same as a force deletion, which the documentation strongly discourages. A database also loses its chance to flush data and hand over leadership.',
      'zh-TW': 'StatefulSet 保證每個身分最多只有一個 Pod。寬限期為 0 時，Pod 物件會立即刪除，不等 kubelet 確認容器已經停止，這個保證就不成立了；效果等同強制刪除，官方文件強烈不建議。資料庫也失去寫出資料、交接主節點的機會。',
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
      '      terminationGracePeriodSeconds: 0',
      '      containers:',
      '      - name: web',
      '        image: registry.k8s.io/nginx-slim:0.8',
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
      '      terminationGracePeriodSeconds: 10',
      '      containers:',
      '      - name: web',
      '        image: registry.k8s.io/nginx-slim:0.8',
      '',
    ].join('\n'),
    source: 'https://kubernetes.io/docs/tasks/run-application/force-delete-stateful-set-pod/',
  },
  check(context) {
    if (getIn(context.object.value, PATH) !== 0) return;
    context.report({path: PATH, messageId: 'zero'});
  },
};
