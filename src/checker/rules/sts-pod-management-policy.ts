import {getIn} from '../k8s/objects';
import {exampleStatefulSet, isDefaulted, matchEnum} from '../k8s/statefulset-spec';
import type {Rule} from '../rule';
import {replaceString} from '../yaml/scalar-edit';

const POLICIES = ['OrderedReady', 'Parallel'];

/**
 * `spec.podManagementPolicy` is OrderedReady or Parallel, case and all
 * (ValidateStatefulSetSpec); "" is defaulted to OrderedReady first.
 */
export const rule: Rule = {
  id: 'sts-pod-management-policy',
  severity: 'error',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      invalid: '`spec.podManagementPolicy` is `{value}`, which is not a policy: it must be `OrderedReady` (the default: start Pods one at a time, each after the previous is Ready) or `Parallel` (start and stop them all at once). The API server rejects the StatefulSet. Pick one of the two, or remove the field.',
      wrongCase: '`spec.podManagementPolicy` is `{value}`, but values are case-sensitive: the policy meant is `{canonical}`. The API server rejects the StatefulSet as it is. Write `{canonical}`.',
      fixCase: 'Write `{canonical}`',
    },
    'zh-TW': {
      invalid: '`spec.podManagementPolicy` 是 `{value}`，這不是有效的策略：只能是 `OrderedReady`（預設值：逐一啟動 Pod，前一個就緒後才啟動下一個）或 `Parallel`（全部同時啟動與停止）。API 伺服器會拒絕這個 StatefulSet。請二選一，或刪除這個欄位。',
      wrongCase: '`spec.podManagementPolicy` 是 `{value}`，但值要區分大小寫：這裡應該是 `{canonical}`。照現在的寫法，API 伺服器會拒絕這個 StatefulSet。請改成 `{canonical}`。',
      fixCase: '改成 `{canonical}`',
    },
  },
  docs: {
    summary: {
      en: '`spec.podManagementPolicy` must be `OrderedReady` or `Parallel`, spelt exactly so.',
      'zh-TW': '`spec.podManagementPolicy` 只能是 `OrderedReady` 或 `Parallel`，大小寫也要一致。',
    },
    why: {
      en: 'The policy decides how a StatefulSet starts and stops Pods when it scales. `OrderedReady` creates `web-0`, waits until it is Ready, then creates `web-1`, which clustered databases often rely on. `Parallel` skips the waiting, which is faster for Pods that do not depend on each other. Any other value is rejected, including `parallel` in lower case.',
      'zh-TW': '這個策略決定 StatefulSet 擴展與縮減時如何啟動、停止 Pod。`OrderedReady` 會先建立 `web-0`，等它就緒後才建立 `web-1`，叢集型資料庫常常仰賴這個順序。`Parallel` 不等待，彼此不相依的 Pod 會快得多。其他值都會被拒絕，小寫的 `parallel` 也一樣。',
    },
    bad: exampleStatefulSet({spec: '  podManagementPolicy: parallel\n'}),
    good: exampleStatefulSet({spec: '  podManagementPolicy: Parallel\n'}),
    source: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#pod-management-policies',
  },
  check(context) {
    const path = ['spec', 'podManagementPolicy'];
    const value = getIn(context.object.value, path);
    if (typeof value !== 'string' || isDefaulted(value)) return;

    const match = matchEnum(value, POLICIES);
    if (match.kind === 'valid') return;
    if (match.kind === 'invalid') {
      context.report({path, messageId: 'invalid', data: {value}});
      return;
    }
    const {canonical} = match;
    const edit = replaceString(context, path, canonical);
    context.report({
      path,
      messageId: 'wrongCase',
      data: {value, canonical},
      fix: edit && {messageId: 'fixCase', data: {canonical}, edits: [edit]},
    });
  },
};
