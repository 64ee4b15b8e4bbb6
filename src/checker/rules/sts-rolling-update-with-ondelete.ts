import {getIn, isRecord} from '../k8s/objects';
import {exampleStatefulSet, ROLLING_UPDATE_PATH} from '../k8s/statefulset-spec';
import type {Rule} from '../rule';

/**
 * `rollingUpdate` is "only allowed for updateStrategy 'RollingUpdate'"
 * (ValidateStatefulSetSpec): with OnDelete the API server rejects it rather
 * than ignore it.
 */
export const rule: Rule = {
  id: 'sts-rolling-update-with-ondelete',
  severity: 'error',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      withOnDelete: '`spec.updateStrategy.rollingUpdate` is set while the strategy type is `OnDelete`. With `OnDelete` the StatefulSet never replaces Pods by itself, so rolling-update settings such as `partition` could not apply, and the API server rejects the StatefulSet rather than ignore them. Remove `rollingUpdate`, or set `type: RollingUpdate` if you want the partitioned update.',
    },
    'zh-TW': {
      withOnDelete: '策略類型是 `OnDelete`，卻設定了 `spec.updateStrategy.rollingUpdate`。`OnDelete` 時 StatefulSet 不會自己替換 Pod，`partition` 這類滾動更新設定用不上，API 伺服器不會忽略它們，而是拒絕這個 StatefulSet。請刪除 `rollingUpdate`；如果要分區更新，請改成 `type: RollingUpdate`。',
    },
  },
  docs: {
    summary: {
      en: '`rollingUpdate` settings are only allowed with `updateStrategy.type: RollingUpdate`.',
      'zh-TW': '只有 `updateStrategy.type: RollingUpdate` 時才能設定 `rollingUpdate`。',
    },
    why: {
      en: 'Switching a StatefulSet to `OnDelete` for a manual upgrade often leaves the old `rollingUpdate.partition` behind. The API server does not quietly ignore it: the StatefulSet is rejected until the block goes or the type goes back to `RollingUpdate`.',
      'zh-TW': '把 StatefulSet 改成 `OnDelete` 來手動升級時，常會留下原本的 `rollingUpdate.partition`。API 伺服器不會默默忽略它：在刪掉這段設定、或把類型改回 `RollingUpdate` 之前，StatefulSet 都會被拒絕。',
    },
    bad: exampleStatefulSet({spec: '  updateStrategy:\n    type: OnDelete\n    rollingUpdate:\n      partition: 2\n'}),
    good: exampleStatefulSet({spec: '  updateStrategy:\n    type: OnDelete\n'}),
    source: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#update-strategies',
  },
  check(context) {
    const strategy = getIn(context.object.value, ['spec', 'updateStrategy']);
    if (!isRecord(strategy) || strategy.type !== 'OnDelete') return;
    // Null is no block at all; a value of another type fails decoding first.
    if (!isRecord(strategy.rollingUpdate)) return;
    context.report({path: ROLLING_UPDATE_PATH, messageId: 'withOnDelete'});
  },
};
