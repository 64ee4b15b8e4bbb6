import {isRecord} from '../k8s/objects';
import {isInt32} from '../k8s/pod-template';
import type {Rule} from '../rule';

const FIELDS = ['minAvailable', 'maxUnavailable'] as const;

/**
 * `minAvailable` and `maxUnavailable` are a non-negative integer or a
 * percentage up to 100% (`ValidatePositiveIntOrPercent` and
 * `IsNotMoreThan100Percent`, called from `ValidatePodDisruptionBudgetSpec`).
 */
export const rule: Rule = {
  id: 'pdb-value-invalid',
  severity: 'error',
  kinds: ['PodDisruptionBudget'],
  messages: {
    en: {
      negative: '`{field}` is {value}, but a count of Pods cannot be negative. The API server rejects the PodDisruptionBudget, and the StatefulSet is left unprotected during node drains. Use a number from 0 up, or a percentage such as `50%`.',
      over100: '`{field}` is `{value}`, more than 100% of the Pods. The API server rejects the PodDisruptionBudget, and the StatefulSet is left unprotected during node drains. Use a percentage from `0%` to `100%`.',
      notPercent: '`{field}` is the string `"{value}"`. A string must be a percentage of whole numbers such as `50%`; the API server rejects the PodDisruptionBudget. Write a plain number without quotes, or a percentage.',
      quotedNumber: '`{field}` is the string `"{value}"`. A string is read as a percentage and needs a `%`, so the API server rejects the PodDisruptionBudget. Write the number without quotes: `{value}`.',
      unquote: 'Write {value} as a number',
    },
    'zh-TW': {
      negative: '`{field}` 是 {value}，但 Pod 的數量不能是負數。API 伺服器會拒絕這個 PodDisruptionBudget，StatefulSet 在節點排空時就失去保護。請使用 0 以上的數字，或像 `50%` 這樣的百分比。',
      over100: '`{field}` 是 `{value}`，超過了 Pod 總數的 100%。API 伺服器會拒絕這個 PodDisruptionBudget，StatefulSet 在節點排空時就失去保護。請使用 `0%` 到 `100%` 之間的百分比。',
      notPercent: '`{field}` 是字串 `"{value}"`。字串必須是整數百分比，例如 `50%`；API 伺服器會拒絕這個 PodDisruptionBudget。請寫不加引號的數字，或百分比。',
      quotedNumber: '`{field}` 是字串 `"{value}"`。字串會被當成百分比，必須有 `%`，所以 API 伺服器會拒絕這個 PodDisruptionBudget。請去掉引號，直接寫數字：`{value}`。',
      unquote: '把 {value} 寫成數字',
    },
  },
  docs: {
    summary: {
      en: '`minAvailable` and `maxUnavailable` of a PodDisruptionBudget must be a non-negative integer or a percentage from `0%` to `100%`.',
      'zh-TW': 'PodDisruptionBudget 的 `minAvailable` 與 `maxUnavailable` 必須是非負整數，或 `0%` 到 `100%` 之間的百分比。',
    },
    why: {
      en: 'The budget tells node drains how many replicas of the StatefulSet may be down at once. A negative count, a percentage over 100% or a quoted number without `%` makes the API server reject the budget, so drains may evict every replica together and break the quorum of a clustered database.',
      'zh-TW': 'PDB 告訴節點排空作業，StatefulSet 一次最多可以有幾個副本停機。負數、超過 100% 的百分比，或是加了引號卻沒有 `%` 的數字，都會讓 API 伺服器拒絕這個 PDB，節點排空時就可能一次驅逐所有副本，破壞叢集型資料庫的多數決。',
    },
    bad: 'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: zk\nspec:\n  maxUnavailable: 150%\n  selector:\n    matchLabels:\n      app: zk\n',
    good: 'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: zk\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels:\n      app: zk\n',
    source: 'https://kubernetes.io/docs/tasks/run-application/configure-pdb/#specifying-a-poddisruptionbudget',
  },
  check(context) {
    const spec = context.object.value.spec;
    if (!isRecord(spec)) return;

    for (const field of FIELDS) {
      const value = spec[field];
      const path = ['spec', field];
      // Fractions, booleans and int32 overflows are the schema-type rule's.
      if (isInt32(value) && value < 0) {
        context.report({path, messageId: 'negative', data: {field, value}});
      } else if (typeof value === 'string') {
        const percent = /^([0-9]+)%$/.exec(value);
        if (percent && Number(percent[1]) > 100) {
          context.report({path, messageId: 'over100', data: {field, value}});
        } else if (!percent && /^[0-9]+$/.test(value) && isInt32(Number(value))) {
          const newText = String(Number(value));
          const edit = {...context.rangeOf(path), newText};
          context.report({
            path,
            messageId: 'quotedNumber',
            data: {field, value: newText},
            fix: {messageId: 'unquote', data: {value: newText}, edits: [edit]},
          });
        } else if (!percent) {
          context.report({path, messageId: 'notPercent', data: {field, value}});
        }
      }
    }
  },
};
