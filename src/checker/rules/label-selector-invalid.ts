import {selectorProblems} from '../k8s/label-selector';
import {getIn} from '../k8s/objects';
import type {Rule} from '../rule';
import {replaceString} from '../yaml/scalar-edit';

/**
 * What ValidateLabelSelector (k8s.io/apimachinery/pkg/apis/meta/v1/validation)
 * rejects in the `spec.selector` of a StatefulSet or a PodDisruptionBudget:
 * unknown operators, `values` missing for In/NotIn or present for
 * Exists/DoesNotExist, and label keys or values no Pod could carry.
 */
export const rule: Rule = {
  id: 'label-selector-invalid',
  severity: 'error',
  kinds: ['StatefulSet', 'PodDisruptionBudget'],
  messages: {
    en: {
      operator: 'The selector operator `{operator}` does not exist; Kubernetes knows `In`, `NotIn`, `Exists` and `DoesNotExist`. The API server rejects the {kind}, since it cannot tell which Pods the selector picks. For “label equals value” write `operator: In` with `values: [value]`, or use `matchLabels`.',
      operatorCase: 'The selector operator `{operator}` is spelt in the wrong case: operators are case-sensitive and the one meant is `{canonical}`. The API server rejects the {kind}, since it cannot tell which Pods the selector picks. Write `{canonical}`.',
      valuesRequired: 'The expression on `{key}` uses `{operator}` but lists no `values`. `{operator}` compares the label with a list, and an empty list makes the selector meaningless, so the API server rejects the {kind}. Add `values`, or use `Exists` to require only the key.',
      valuesForbidden: 'The expression on `{key}` uses `{operator}` and also lists `values`. `{operator}` looks at the key only, so the API server rejects the {kind} rather than ignore the values. Remove `values`, or use `In` / `NotIn` to compare them.',
      keyMissing: 'This selector expression has no `key`, so it names no label to test, and the API server rejects the {kind}. Add `key:` with the label name, such as `app`.',
      keyInvalid: '`{key}` is not a valid label key: an optional DNS subdomain and `/`, then a name of at most 63 letters, digits, `-`, `_` or `.`, starting and ending with a letter or digit. No Pod can carry such a label, so the API server rejects the {kind}. Fix the key to the one in the Pod template.',
      valueInvalid: '`{value}` is not a valid value for label `{key}`: at most 63 letters, digits, `-`, `_` or `.`, starting and ending with a letter or digit (or empty). No Pod can carry it, so the API server rejects the {kind}. Use the value the Pod template sets.',
      fixCase: 'Write `{canonical}`',
    },
    'zh-TW': {
      operator: '選擇器運算子 `{operator}` 不存在；Kubernetes 只認得 `In`、`NotIn`、`Exists` 和 `DoesNotExist`。API 伺服器無法判斷選擇器要選哪些 Pod，會拒絕這個 {kind}。要表達「標籤等於某值」，請寫 `operator: In` 加上 `values: [值]`，或改用 `matchLabels`。',
      operatorCase: '選擇器運算子 `{operator}` 的大小寫不對：運算子區分大小寫，這裡應該是 `{canonical}`。API 伺服器無法判斷選擇器要選哪些 Pod，會拒絕這個 {kind}。請改成 `{canonical}`。',
      valuesRequired: '`{key}` 的條件用了 `{operator}`，卻沒有列出 `values`。`{operator}` 要拿標籤和清單比對，清單是空的就沒有意義，所以 API 伺服器會拒絕這個 {kind}。請加上 `values`，或改用 `Exists` 只要求有這個標籤。',
      valuesForbidden: '`{key}` 的條件用了 `{operator}`，又列出了 `values`。`{operator}` 只看標籤是否存在，API 伺服器不會忽略這些值，而是拒絕這個 {kind}。請刪除 `values`，或改用 `In` / `NotIn` 來比對值。',
      keyMissing: '這個選擇器條件沒有 `key`，沒有指定要檢查哪個標籤，所以 API 伺服器會拒絕這個 {kind}。請加上 `key:` 和標籤名稱，例如 `app`。',
      keyInvalid: '`{key}` 不是合法的標籤鍵：可以先寫 DNS 子網域和 `/`，接著是最多 63 個字元的名稱（英文字母、數字、`-`、`_` 或 `.`），開頭與結尾必須是字母或數字。沒有 Pod 能帶這種標籤，所以 API 伺服器會拒絕這個 {kind}。請改成 Pod 範本裡的標籤鍵。',
      valueInvalid: '`{value}` 不是標籤 `{key}` 的合法值：最多 63 個字元（英文字母、數字、`-`、`_` 或 `.`），開頭與結尾必須是字母或數字（也可以是空字串）。沒有 Pod 能帶這個值，所以 API 伺服器會拒絕這個 {kind}。請改用 Pod 範本設定的值。',
      fixCase: '改成 `{canonical}`',
    },
  },
  docs: {
    summary: {
      en: 'A label selector must use the operators `In`, `NotIn`, `Exists`, `DoesNotExist` correctly, with valid label keys and values.',
      'zh-TW': '標籤選擇器必須正確使用 `In`、`NotIn`、`Exists`、`DoesNotExist` 運算子，標籤鍵與值也必須合法。',
    },
    why: {
      en: 'The selector is how a StatefulSet recognizes its own Pods, and how a PodDisruptionBudget knows which Pods it protects. Kubernetes validates it strictly when the object is created: an operator such as `Equals` or `in`, `values` on `Exists`, or a label no Pod could carry is rejected, and the StatefulSet never starts.',
      'zh-TW': 'StatefulSet 靠選擇器認出自己的 Pod，PodDisruptionBudget 也靠它知道要保護哪些 Pod。Kubernetes 在建立物件時會嚴格驗證選擇器：`Equals` 或 `in` 這類運算子、`Exists` 搭配 `values`、或沒有 Pod 能帶的標籤都會被拒絕，StatefulSet 根本不會啟動。',
    },
    bad: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  selector:\n    matchExpressions:\n    - key: app\n      operator: Equals\n      values: [web]\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n',
    good: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  selector:\n    matchExpressions:\n    - key: app\n      operator: In\n      values: [web]\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n',
    source: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#resources-that-support-set-based-requirements',
  },
  check(context) {
    const path = ['spec', 'selector'];
    const selector = getIn(context.object.value, path);
    const kind = context.object.kind;

    // TODO(#2): a bad matchLabels key is underlined at its value, as the
    // engine ranges a path's scalar value and a report cannot ask for the key.
    for (const problem of selectorProblems(selector, path)) {
      const {canonical} = problem;
      const edit = canonical && replaceString(context, problem.path, canonical);
      context.report({
        path: problem.path,
        messageId: problem.messageId,
        data: {...problem.data, kind},
        fix: edit ? {messageId: 'fixCase', data: {canonical}, edits: [edit]} : undefined,
      });
    }
  },
};
