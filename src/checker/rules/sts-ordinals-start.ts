import {getIn} from '../k8s/objects';
import {exampleStatefulSet, isNegativeInt32} from '../k8s/statefulset-spec';
import type {Rule} from '../rule';

/**
 * `spec.ordinals.start` ≥ 0 (ValidateStatefulSetSpec; upstream names the
 * field `spec.ordinals.start` too). StatefulSetStartOrdinal, GA in 1.31.
 */
export const rule: Rule = {
  id: 'sts-ordinals-start',
  severity: 'error',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      negative: '`spec.ordinals.start` is {value}: it is the ordinal of the first Pod (`web-0` for 0), and a Pod name cannot carry a negative ordinal, so the API server rejects the StatefulSet. Use 0 (the default) or the first ordinal you want, such as 5 to start at `web-5`.',
    },
    'zh-TW': {
      negative: '`spec.ordinals.start` 是 {value}：它是第一個 Pod 的序號（0 就是 `web-0`），Pod 名稱不能帶負的序號，所以 API 伺服器會拒絕這個 StatefulSet。請設為 0（預設值）或想要的起始序號，例如 5 就從 `web-5` 開始。',
    },
  },
  docs: {
    summary: {
      en: '`spec.ordinals.start` must not be negative.',
      'zh-TW': '`spec.ordinals.start` 不能是負數。',
    },
    why: {
      en: 'Pods of a StatefulSet are numbered from `ordinals.start`: with 5 and three replicas they are `web-5`, `web-6`, `web-7`. This helps when a StatefulSet is moved between clusters a few Pods at a time. The ordinal is part of each Pod’s name and hostname, so it cannot be negative.',
      'zh-TW': 'StatefulSet 的 Pod 從 `ordinals.start` 開始編號：設為 5、副本數 3，Pod 就是 `web-5`、`web-6`、`web-7`。要把 StatefulSet 分批搬到另一個叢集時很有用。序號是每個 Pod 名稱與主機名稱的一部分，所以不能是負數。',
    },
    bad: exampleStatefulSet({spec: '  ordinals:\n    start: -1\n'}),
    good: exampleStatefulSet({spec: '  ordinals:\n    start: 5\n'}),
    source: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#start-ordinal',
  },
  check(context) {
    const path = ['spec', 'ordinals', 'start'];
    const value = getIn(context.object.value, path);
    if (isNegativeInt32(value)) context.report({path, messageId: 'negative', data: {value}});
  },
};
