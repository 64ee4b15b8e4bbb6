import {asArray, getIn, isRecord} from '../k8s/objects';
import type {Rule} from '../rule';
import {renameKey} from '../yaml/field-edit';

const SELECTOR_FIELDS = ['matchLabels', 'matchExpressions'];

/**
 * A StatefulSet selector with neither matchLabels nor matchExpressions:
 * "empty selector is invalid for statefulset" (ValidateStatefulSetSpec,
 * pkg/apis/apps/validation/validation.go). A misspelt `matchlabels` is the
 * usual cause: unknown fields are dropped, which leaves the selector empty.
 */
export const rule: Rule = {
  id: 'sts-selector-empty',
  severity: 'error',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      empty: '`spec.selector` is empty: it has no `matchLabels` and no `matchExpressions`. An empty selector would match every Pod in the namespace, so the API server rejects it for a StatefulSet, which must own exactly its own Pods. Add `matchLabels` with the labels of `spec.template.metadata.labels`.',
      misspelt: '`spec.selector` has `{key}` but no `{expected}`. Field names are case-sensitive, so Kubernetes drops `{key}` as unknown, and the selector left over is empty; the API server rejects an empty selector for a StatefulSet, which must own exactly its own Pods. Write `{expected}`.',
      unknownOnly: '`spec.selector` has only `{keys}`, which are not selector fields; Kubernetes drops them, and the selector left over is empty. The API server rejects an empty selector for a StatefulSet, which must own exactly its own Pods. Use `matchLabels` (or `matchExpressions`).',
      rename: 'Rename to `{expected}`',
    },
    'zh-TW': {
      empty: '`spec.selector` 是空的：沒有 `matchLabels`，也沒有 `matchExpressions`。空的選擇器會選中命名空間裡的每個 Pod，而 StatefulSet 只能管理自己的 Pod，所以 API 伺服器會拒絕。請加上 `matchLabels`，內容與 `spec.template.metadata.labels` 的標籤相同。',
      misspelt: '`spec.selector` 裡寫的是 `{key}`，不是 `{expected}`。欄位名稱區分大小寫，Kubernetes 會把 `{key}` 當成未知欄位丟掉，剩下的選擇器就是空的；StatefulSet 只能管理自己的 Pod，API 伺服器會拒絕空的選擇器。請改成 `{expected}`。',
      unknownOnly: '`spec.selector` 裡只有 `{keys}`，它們都不是選擇器的欄位；Kubernetes 會把它們丟掉，剩下的選擇器就是空的。StatefulSet 只能管理自己的 Pod，API 伺服器會拒絕空的選擇器。請使用 `matchLabels`（或 `matchExpressions`）。',
      rename: '改名為 `{expected}`',
    },
  },
  docs: {
    summary: {
      en: 'A StatefulSet selector must have `matchLabels` or `matchExpressions`.',
      'zh-TW': 'StatefulSet 的選擇器必須有 `matchLabels` 或 `matchExpressions`。',
    },
    why: {
      en: 'For most objects an empty label selector means “everything”. A StatefulSet must not adopt every Pod in its namespace, so the API server rejects `selector: {}` for it. The same happens, less visibly, when `matchLabels` is misspelt: the unknown key is dropped and what reaches validation is an empty selector.',
      'zh-TW': '對多數物件來說，空的標籤選擇器代表「全部」。StatefulSet 不能把命名空間裡每個 Pod 都收為己有，所以 API 伺服器會拒絕它的 `selector: {}`。`matchLabels` 拼錯時也一樣，只是比較不明顯：未知的欄位被丟掉，送到驗證的就是空的選擇器。',
    },
    bad: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  selector:\n    matchlabels:\n      app: web\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n',
    good: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n',
    source: 'https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/apps/validation/validation.go',
  },
  check(context) {
    const path = ['spec', 'selector'];
    const selector = getIn(context.object.value, path);
    if (!isRecord(selector)) return;
    const matchLabels = isRecord(selector.matchLabels) ? selector.matchLabels : {};
    const count = Object.keys(matchLabels).length + asArray(selector.matchExpressions).length;
    if (count > 0) return;

    const unknown = Object.keys(selector).filter((key) => !SELECTOR_FIELDS.includes(key));
    const misspelt = unknown.find((key) => correctSpelling(key) !== undefined);
    if (misspelt) {
      const expected = correctSpelling(misspelt) as string;
      // Renaming onto a key that is already there would make a duplicate.
      const edit =
        expected in selector ? undefined : renameKey(context, [...path, misspelt], expected);
      context.report({
        path,
        messageId: 'misspelt',
        data: {key: misspelt, expected},
        fix: edit && {messageId: 'rename', data: {expected}, edits: [edit]},
      });
      return;
    }
    if (unknown.length > 0) {
      context.report({path, messageId: 'unknownOnly', data: {keys: unknown.join('`, `')}});
      return;
    }
    context.report({path, messageId: 'empty'});
  },
};

/** `matchlabels`, `match_labels` → `matchLabels`. */
function correctSpelling(key: string): string | undefined {
  const folded = key.toLowerCase().replace(/[-_]/g, '');
  return SELECTOR_FIELDS.find((field) => field.toLowerCase() === folded);
}
