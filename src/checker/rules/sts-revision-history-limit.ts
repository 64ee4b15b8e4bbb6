import {getIn} from '../k8s/objects';
import {exampleStatefulSet, isNegativeInt32} from '../k8s/statefulset-spec';
import type {Rule} from '../rule';

/**
 * `spec.revisionHistoryLimit` ≥ 0, checked since kubernetes/kubernetes
 * PR #129017 (1.33; ratcheting: an existing object may keep its value).
 */
export const rule: Rule = {
  id: 'sts-revision-history-limit',
  severity: 'error',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      negative: '`spec.revisionHistoryLimit` is {value}: it is how many old ControllerRevisions the StatefulSet keeps for rolling back, and a count cannot be negative. Since Kubernetes 1.33 the API server rejects it (older versions accepted it). Use 0 to keep none, or a count such as 10, the default.',
    },
    'zh-TW': {
      negative: '`spec.revisionHistoryLimit` 是 {value}：它是 StatefulSet 保留幾個舊的 ControllerRevision 以便回復，數量不能是負數。從 Kubernetes 1.33 起 API 伺服器會拒絕（較舊的版本會接受）。不想保留請設為 0，否則請填數量，例如預設的 10。',
    },
  },
  docs: {
    summary: {
      en: '`spec.revisionHistoryLimit` must not be negative.',
      'zh-TW': '`spec.revisionHistoryLimit` 不能是負數。',
    },
    why: {
      en: 'Every change to the Pod template is recorded as a ControllerRevision, and `kubectl rollout undo` goes back to one of them. `revisionHistoryLimit` says how many old ones to keep. A negative limit has no meaning; since Kubernetes 1.33 a new StatefulSet with one is rejected.',
      'zh-TW': 'Pod 範本每次變更都會記成一個 ControllerRevision，`kubectl rollout undo` 就是回到其中一個。`revisionHistoryLimit` 決定要保留幾個舊版本。負的上限沒有意義；從 Kubernetes 1.33 起，新建立的 StatefulSet 如果這樣寫會被拒絕。',
    },
    bad: exampleStatefulSet({spec: '  revisionHistoryLimit: -1\n'}),
    good: exampleStatefulSet({spec: '  revisionHistoryLimit: 5\n'}),
    source: 'https://github.com/kubernetes/kubernetes/pull/129017',
  },
  check(context) {
    const path = ['spec', 'revisionHistoryLimit'];
    const value = getIn(context.object.value, path);
    if (!isNegativeInt32(value)) return;
    // Ratcheting: an object stored with a negative limit may keep one.
    if (context.old && isNegativeInt32(getIn(context.old.value, path))) return;
    context.report({path, messageId: 'negative', data: {value}});
  },
};
