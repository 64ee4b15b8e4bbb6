import {getIn, isRecord} from '../k8s/objects';
import {isLabelValue, isQualifiedName} from '../k8s/names';
import type {Rule} from '../rule';
import {schemaReport} from '../schema/validate';

/**
 * Label keys are qualified names and values are at most 63 characters of
 * letters, digits, `-`, `_` and `.` (`ValidateLabels` in
 * k8s.io/apimachinery/pkg/apis/meta/v1/validation). Checked on the object's
 * own metadata and on embedded templates (Pod template, claim templates).
 */
export const rule: Rule = {
  id: 'meta-labels-invalid',
  severity: 'error',
  kinds: ['*'],
  messages: {
    en: {
      key: 'The label key `{key}` is not valid, so the API server rejects the object. A key is a name of at most 63 characters (letters, digits, `-`, `_`, `.`, starting and ending with a letter or digit), optionally after a DNS prefix and `/`, as in `app.kubernetes.io/name`.',
      value: 'The value `{value}` of label `{key}` is not valid, so the API server rejects the object. A label value is empty or at most 63 letters, digits, `-`, `_` and `.`, starting and ending with a letter or digit; no spaces, no `/`. Selectors find objects by their labels, so pick a value like `{suggestion}`.',
      valueTooLong: 'The value of label `{key}` is {length} characters long; label values have at most 63, so the API server rejects the object. Shorten it, or keep long text in an annotation instead.',
    },
    'zh-TW': {
      key: 'label 的鍵 `{key}` 不合法，API 伺服器會拒絕這個物件。鍵是最多 63 個字元的名稱（英文字母、數字、`-`、`_`、`.`，開頭與結尾必須是字母或數字），前面可以加上 DNS 前綴和 `/`，例如 `app.kubernetes.io/name`。',
      value: 'label `{key}` 的值 `{value}` 不合法，API 伺服器會拒絕這個物件。label 的值可以是空的，或最多 63 個英文字母、數字、`-`、`_`、`.`，開頭與結尾必須是字母或數字，不能有空白或 `/`。selector 靠 labels 找到物件，請改成像 `{suggestion}` 這樣的值。',
      valueTooLong: 'label `{key}` 的值有 {length} 個字元，label 的值最多 63 個字元，API 伺服器會拒絕這個物件。請縮短，或把長文字改放在 annotation。',
    },
  },
  docs: {
    summary: {
      en: 'Label keys must be qualified names and label values at most 63 letters, digits, `-`, `_` or `.`, on the object and on its Pod and claim templates.',
      'zh-TW': 'label 的鍵必須是合格名稱（qualified name），值最多 63 個英文字母、數字、`-`、`_` 或 `.`；物件本身、Pod 範本和 claim template 都一樣。',
    },
    why: {
      en: 'Labels are how a StatefulSet finds its Pods and how the headless Service selects them, so the API server is strict about their syntax. A value with a space (`tier: front end`) or a key with a `=` makes it refuse the whole StatefulSet.',
      'zh-TW': 'StatefulSet 靠 labels 找到自己的 Pod，Headless Service 也靠 labels 選取 Pod，所以 API 伺服器對它們的格式很嚴格。值裡有空白（`tier: front end`）或鍵裡有 `=`，整個 StatefulSet 都會被拒絕。',
    },
    bad: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n  labels:\n    tier: front end\n',
    good: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n  labels:\n    tier: front-end\n',
    source: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#syntax-and-character-set',
  },
  check(context) {
    for (const metadataPath of schemaReport(context.object).metadataPaths) {
      const labelsPath = [...metadataPath, 'labels'];
      const labels = getIn(context.object.value, labelsPath);
      if (!isRecord(labels)) continue;

      for (const [key, value] of Object.entries(labels)) {
        if (!isQualifiedName(key)) {
          context.report({path: labelsPath, messageId: 'key', data: {key}});
        }
        if (typeof value !== 'string' || isLabelValue(value)) continue;
        const path = [...labelsPath, key];
        if (value.length > 63) {
          context.report({path, messageId: 'valueTooLong', data: {key, length: value.length}});
        } else {
          const data = {key, value, suggestion: toLabelValue(value)};
          context.report({path, messageId: 'value', data});
        }
      }
    }
  },
};

/** `front end` → `front-end`: the nearest valid label value. */
function toLabelValue(value: string): string {
  const cleaned = value
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, '');
  return cleaned === '' ? 'value' : cleaned;
}
