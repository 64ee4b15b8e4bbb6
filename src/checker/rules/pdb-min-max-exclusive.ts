import {isRecord} from '../k8s/objects';
import type {Rule} from '../rule';

/**
 * A PodDisruptionBudget sets `minAvailable` or `maxUnavailable`, not both
 * (`ValidatePodDisruptionBudgetSpec` in pkg/apis/policy/validation/validation.go,
 * reported upstream on `spec`).
 */
export const rule: Rule = {
  id: 'pdb-min-max-exclusive',
  severity: 'error',
  kinds: ['PodDisruptionBudget'],
  messages: {
    en: {
      both: 'The PodDisruptionBudget `{name}` sets both `minAvailable` ({min}) and `maxUnavailable` ({max}). They are two ways to say the same thing, so only one is allowed and the API server rejects the budget. For a StatefulSet, keep `maxUnavailable: 1` (one replica down at a time, whatever the replica count) and delete `minAvailable`.',
    },
    'zh-TW': {
      both: 'PodDisruptionBudget `{name}` 同時設定了 `minAvailable`（{min}）和 `maxUnavailable`（{max}）。兩者是同一件事的兩種說法，只能擇一，API 伺服器會拒絕這個 PDB。StatefulSet 建議保留 `maxUnavailable: 1`（不論副本數多少，一次只允許一個副本中斷），並刪除 `minAvailable`。',
    },
  },
  docs: {
    summary: {
      en: 'A PodDisruptionBudget may set `minAvailable` or `maxUnavailable`, not both.',
      'zh-TW': 'PodDisruptionBudget 只能設定 `minAvailable` 或 `maxUnavailable` 其中之一。',
    },
    why: {
      en: 'A PodDisruptionBudget keeps node drains and upgrades from evicting too many replicas of a StatefulSet at once, which matters for quorum-based systems such as ZooKeeper or etcd. Setting both limits is ambiguous, so the API server rejects the budget, and the StatefulSet is then left without protection. `maxUnavailable: 1` is the usual choice because it stays right when the StatefulSet is scaled.',
      'zh-TW': 'PodDisruptionBudget（PDB）可以防止節點排空或升級時一次驅逐太多 StatefulSet 副本，這對 ZooKeeper、etcd 這類靠多數決運作的系統很重要。同時設定兩個限制會產生歧義，API 伺服器會拒絕這個 PDB，StatefulSet 也就失去保護。常見的選擇是 `maxUnavailable: 1`，因為 StatefulSet 擴展或縮減後它依然正確。',
    },
    bad: 'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: zk\nspec:\n  minAvailable: 2\n  maxUnavailable: 1\n  selector:\n    matchLabels:\n      app: zk\n',
    good: 'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: zk\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels:\n      app: zk\n',
    source: 'https://kubernetes.io/docs/tasks/run-application/configure-pdb/#specifying-a-poddisruptionbudget',
  },
  check(context) {
    const spec = context.object.value.spec;
    if (!isRecord(spec)) return;
    const {minAvailable, maxUnavailable} = spec;
    const isSet = (value: unknown) => value !== undefined && value !== null;
    if (!isSet(minAvailable) || !isSet(maxUnavailable)) return;

    // Underline the field written second: it is the one that broke the budget.
    const minLine = context.rangeOf(['spec', 'minAvailable']).line;
    const maxLine = context.rangeOf(['spec', 'maxUnavailable']).line;
    const field = minLine > maxLine ? 'minAvailable' : 'maxUnavailable';
    const name = context.object.name ?? '';
    const data = {name, min: describe(minAvailable), max: describe(maxUnavailable)};
    context.report({path: ['spec', field], messageId: 'both', data});
  },
};

/** A value as the message shows it; objects may not even have a `toString`. */
function describe(value: unknown): string | number {
  return typeof value === 'string' || typeof value === 'number' ? value : JSON.stringify(value);
}
