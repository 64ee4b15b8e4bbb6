import {getIn} from '../k8s/objects';
import {exampleStatefulSet, isDefaulted, matchEnum} from '../k8s/statefulset-spec';
import type {Rule} from '../rule';
import {replaceString} from '../yaml/scalar-edit';

const TYPES = ['RollingUpdate', 'OnDelete'];

/**
 * `spec.updateStrategy.type` is RollingUpdate or OnDelete (ValidateStatefulSetSpec;
 * upstream reports the field as `spec.updateStrategy`). "" is defaulted to
 * RollingUpdate. `Recreate` is a Deployment strategy; for StatefulSets it
 * exists only as an alpha type behind StatefulSetRecreateStrategy, after 1.37.
 */
export const rule: Rule = {
  id: 'sts-update-strategy-type',
  severity: 'error',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      recreate: '`spec.updateStrategy.type` is `Recreate`, a Deployment strategy that StatefulSets do not have in any released Kubernetes version, so the API server rejects the StatefulSet. Use `RollingUpdate` (replace Pods one at a time, highest ordinal first) or `OnDelete` (replace a Pod only when you delete it).',
      invalid: '`spec.updateStrategy.type` is `{value}`, which is not an update strategy: it must be `RollingUpdate` (the default) or `OnDelete`. The API server rejects the StatefulSet. Pick one of the two, or remove the field.',
      wrongCase: '`spec.updateStrategy.type` is `{value}`, but values are case-sensitive: the strategy meant is `{canonical}`. The API server rejects the StatefulSet as it is. Write `{canonical}`.',
      fixCase: 'Write `{canonical}`',
    },
    'zh-TW': {
      recreate: '`spec.updateStrategy.type` 是 `Recreate`，這是 Deployment 的策略，任何已發行的 Kubernetes 版本中 StatefulSet 都沒有它，所以 API 伺服器會拒絕這個 StatefulSet。請改用 `RollingUpdate`（從最大序號開始逐一替換 Pod）或 `OnDelete`（你刪除 Pod 時才替換）。',
      invalid: '`spec.updateStrategy.type` 是 `{value}`，這不是有效的更新策略：只能是 `RollingUpdate`（預設值）或 `OnDelete`。API 伺服器會拒絕這個 StatefulSet。請二選一，或刪除這個欄位。',
      wrongCase: '`spec.updateStrategy.type` 是 `{value}`，但值要區分大小寫：這裡應該是 `{canonical}`。照現在的寫法，API 伺服器會拒絕這個 StatefulSet。請改成 `{canonical}`。',
      fixCase: '改成 `{canonical}`',
    },
  },
  docs: {
    summary: {
      en: '`spec.updateStrategy.type` must be `RollingUpdate` or `OnDelete`.',
      'zh-TW': '`spec.updateStrategy.type` 只能是 `RollingUpdate` 或 `OnDelete`。',
    },
    why: {
      en: 'When the Pod template changes, `RollingUpdate` replaces the Pods one by one from the highest ordinal down, waiting for each to be Ready; `OnDelete` leaves them alone until you delete them, for applications that need a hand-run upgrade. Deployments also know `Recreate` (stop everything, then start everything), but a StatefulSet does not, and the API server rejects it.',
      'zh-TW': 'Pod 範本變更時，`RollingUpdate` 會從最大序號開始逐一替換 Pod，每個都等它就緒；`OnDelete` 則不動它們，直到你自己刪除，適合需要手動升級的應用程式。Deployment 另有 `Recreate`（先全部停止、再全部啟動），StatefulSet 卻沒有，API 伺服器會拒絕。',
    },
    bad: exampleStatefulSet({spec: '  updateStrategy:\n    type: Recreate\n'}),
    good: exampleStatefulSet({spec: '  updateStrategy:\n    type: OnDelete\n'}),
    source: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#update-strategies',
  },
  check(context) {
    const path = ['spec', 'updateStrategy', 'type'];
    const value = getIn(context.object.value, path);
    if (typeof value !== 'string' || isDefaulted(value)) return;

    const match = matchEnum(value, TYPES);
    if (match.kind === 'valid') return;
    if (match.kind === 'invalid') {
      const messageId = value.toLowerCase() === 'recreate' ? 'recreate' : 'invalid';
      context.report({path, messageId, data: {value}});
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
