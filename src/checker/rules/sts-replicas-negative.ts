import {getIn} from '../k8s/objects';
import {exampleStatefulSet, isNegativeInt32} from '../k8s/statefulset-spec';
import type {Rule} from '../rule';

/** `spec.replicas` ≥ 0 (`ValidateNonnegativeField` in ValidateStatefulSetSpec). */
export const rule: Rule = {
  id: 'sts-replicas-negative',
  severity: 'error',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      negative: '`spec.replicas` is {value}: a StatefulSet cannot run a negative number of Pods, so the API server rejects it. Use 0 to stop every Pod while keeping their PersistentVolumeClaims, or the number of Pods you want.',
    },
    'zh-TW': {
      negative: '`spec.replicas` 是 {value}：StatefulSet 不可能執行負數個 Pod，API 伺服器會拒絕。想停掉所有 Pod 又保留它們的 PersistentVolumeClaim（PVC），請設為 0；否則請填想要的 Pod 數量。',
    },
  },
  docs: {
    summary: {
      en: '`spec.replicas` must not be negative.',
      'zh-TW': '`spec.replicas` 不能是負數。',
    },
    why: {
      en: 'Replicas is the number of Pods, `web-0` up to `web-(N-1)`. Zero is allowed and useful: it stops every Pod but keeps their claims, so scaling up again brings back the same data. A negative count has no meaning, and the API server rejects it.',
      'zh-TW': '副本數就是 Pod 的數量，從 `web-0` 到 `web-(N-1)`。0 是允許的，也很實用：停掉所有 Pod 但保留它們的 PVC，再擴展回來時資料還在。負數沒有意義，API 伺服器會拒絕。',
    },
    bad: exampleStatefulSet({spec: '  replicas: -1\n'}),
    good: exampleStatefulSet({spec: '  replicas: 0\n'}),
    source: 'https://kubernetes.io/docs/tasks/run-application/scale-stateful-set/',
  },
  check(context) {
    const path = ['spec', 'replicas'];
    const value = getIn(context.object.value, path);
    if (isNegativeInt32(value)) context.report({path, messageId: 'negative', data: {value}});
  },
};
