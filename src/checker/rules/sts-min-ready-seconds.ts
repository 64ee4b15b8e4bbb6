import {getIn} from '../k8s/objects';
import {exampleStatefulSet, isNegativeInt32} from '../k8s/statefulset-spec';
import type {Rule} from '../rule';

/** `spec.minReadySeconds` ≥ 0 (`ValidateNonnegativeField` in ValidateStatefulSetSpec). */
export const rule: Rule = {
  id: 'sts-min-ready-seconds',
  severity: 'error',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      negative: '`spec.minReadySeconds` is {value}: it is how long a new Pod must stay Ready before it counts as available, and a wait cannot be negative, so the API server rejects the StatefulSet. Use 0 (the default: available as soon as Ready) or a number of seconds.',
    },
    'zh-TW': {
      negative: '`spec.minReadySeconds` 是 {value}：它是新 Pod 必須維持就緒多久才算可用，等待時間不能是負數，所以 API 伺服器會拒絕這個 StatefulSet。請設為 0（預設值：一就緒就算可用）或秒數。',
    },
  },
  docs: {
    summary: {
      en: '`spec.minReadySeconds` must not be negative.',
      'zh-TW': '`spec.minReadySeconds` 不能是負數。',
    },
    why: {
      en: 'During a rolling update the StatefulSet moves on to the next Pod once the updated one is available. `minReadySeconds` adds a soak time before that, so a Pod that turns Ready and then crashes stops the rollout. A negative soak time has no meaning and is rejected.',
      'zh-TW': '滾動更新時，StatefulSet 要等更新後的 Pod 可用，才會換下一個。`minReadySeconds` 在這之前多加一段觀察時間，讓一就緒就當機的 Pod 能擋下更新。負的觀察時間沒有意義，會被拒絕。',
    },
    bad: exampleStatefulSet({spec: '  minReadySeconds: -10\n'}),
    good: exampleStatefulSet({spec: '  minReadySeconds: 10\n'}),
    source: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#minimum-ready-seconds',
  },
  check(context) {
    const path = ['spec', 'minReadySeconds'];
    const value = getIn(context.object.value, path);
    if (isNegativeInt32(value)) context.report({path, messageId: 'negative', data: {value}});
  },
};
