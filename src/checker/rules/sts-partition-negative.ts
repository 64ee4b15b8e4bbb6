import {
  exampleStatefulSet,
  isNegativeInt32,
  ROLLING_UPDATE_PATH,
  rollingUpdateOf,
} from '../k8s/statefulset-spec';
import type {Rule} from '../rule';

/**
 * `rollingUpdate.partition` ≥ 0 (`validateRollingUpdateStatefulSet` in
 * pkg/apis/apps/validation/validation.go). A partition above `replicas` is
 * allowed: it just updates no Pod.
 */
export const rule: Rule = {
  id: 'sts-partition-negative',
  severity: 'error',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      negative: '`spec.updateStrategy.rollingUpdate.partition` is {value}: during a rolling update only Pods with an ordinal of at least the partition get the new template, and an ordinal is never negative, so the API server rejects the StatefulSet. Use 0 (the default) to update every Pod, or an ordinal to update only the Pods from there up.',
    },
    'zh-TW': {
      negative: '`spec.updateStrategy.rollingUpdate.partition` 是 {value}：滾動更新時，只有序號大於或等於分區（partition）的 Pod 會套用新範本，而序號不會是負數，所以 API 伺服器會拒絕這個 StatefulSet。要更新所有 Pod 請設為 0（預設值），只想更新一部分就填起始序號。',
    },
  },
  docs: {
    summary: {
      en: '`spec.updateStrategy.rollingUpdate.partition` must not be negative.',
      'zh-TW': '`spec.updateStrategy.rollingUpdate.partition` 不能是負數。',
    },
    why: {
      en: 'A partition stages a rolling update: with `partition: 2`, only `web-2` and above get the new template, so you can try it on a few Pods first (a canary). Lowering the partition step by step rolls it out to the rest. A negative partition has no meaning and is rejected.',
      'zh-TW': '分區（partition）讓滾動更新分階段進行：設為 `partition: 2` 時，只有 `web-2` 以上的 Pod 會套用新範本，可以先在少數 Pod 上試（金絲雀部署）。再逐步調低分區，就能更新其餘的 Pod。負的分區沒有意義，會被拒絕。',
    },
    bad: exampleStatefulSet({spec: '  updateStrategy:\n    type: RollingUpdate\n    rollingUpdate:\n      partition: -1\n'}),
    good: exampleStatefulSet({spec: '  updateStrategy:\n    type: RollingUpdate\n    rollingUpdate:\n      partition: 2\n'}),
    source: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#partitioned-rolling-updates',
  },
  check(context) {
    const value = rollingUpdateOf(context.object)?.partition;
    if (isNegativeInt32(value)) {
      const path = [...ROLLING_UPDATE_PATH, 'partition'];
      context.report({path, messageId: 'negative', data: {value}});
    }
  },
};
