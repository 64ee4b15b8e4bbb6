import {Scalar} from 'yaml';
import type {FixSpec, MessageData, Rule, RuleContext} from '../rule';
import {schemaReport, type WrongType} from '../schema/validate';
import {formatPath, type FieldPath} from '../yaml/locate';
import {scalarAt} from '../yaml/scalar-edit';

// Unquoted scalars that YAML 1.1 (go-yaml v2, which kubectl uses) reads as
// booleans, besides `true` and `false`.
const YAML11_BOOLEAN = /^(y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$/;

const RANGES = {
  int32: ['-2147483648', '2147483647'],
  int64: ['-9223372036854775808', '9223372036854775807'],
  IntOrString: ['-2147483648', '2147483647'],
} as const;

/**
 * A value of the wrong JSON type: the API server decodes manifests into typed
 * Go structs and rejects the whole object when one value does not fit
 * (`cannot unmarshal string into Go struct field ... of type int32`).
 */
export const rule: Rule = {
  id: 'schema-type',
  severity: 'error',
  kinds: ['*'],
  messages: {
    en: {
      yaml11Boolean: '`{field}: {value}` is read as the boolean `{boolean}`: Kubernetes reads YAML 1.1, where unquoted `yes`, `no`, `on`, `off`, `y` and `n` are booleans. A string is expected here, so the object fails to decode and is rejected. Put the value in quotes: `"{value}"`.',
      booleanForString: '`{field}` must be a string, but `{value}` is a boolean in YAML, so the object fails to decode and is rejected. Put it in quotes: `"{value}"`.',
      numberForString: '`{field}` must be a string, but `{value}` is a number in YAML, so the object fails to decode ("cannot unmarshal number into … of type string") and is rejected. Put it in quotes: `"{value}"`.',
      collectionForString: '`{field}` must be a single string, but here it is `{value}`, so the object fails to decode and is rejected. Write one text value.',
      stringForInteger: '`{field}` must be a whole number, but `{value}` is a string because of its quotes, so the object fails to decode ("cannot unmarshal string into … of type {type}") and is rejected. Remove the quotes: `{fixed}`.',
      notInteger: '`{field}` must be a whole number, not `{value}`, so the object fails to decode and is rejected.',
      fraction: '`{field}` must be a whole number; `{value}` has a fractional part, so the object fails to decode and is rejected. Use a whole number.',
      outOfRange: '`{field}` is `{value}`, which does not fit in {type} ({min} to {max}), so the object fails to decode and is rejected. Use a smaller number.',
      notFinite: '`{field}` is `{value}`, which YAML reads as infinity or not-a-number; JSON has no such number, so the object cannot be sent and is rejected. Use an ordinary number.',
      notNumber: '`{field}` must be a number, not `{value}`, so the object fails to decode and is rejected.',
      stringForBoolean: '`{field}` must be the boolean `{fixed}`, but `{value}` is a string because of its quotes, so the object fails to decode and is rejected. Remove the quotes.',
      notBoolean: '`{field}` must be `true` or `false`, not `{value}`, so the object fails to decode and is rejected.',
      notIntOrString: '`{field}` takes a whole number or a string (such as `8080` or `http`, or `25%`), not `{value}`, so the object fails to decode and is rejected.',
      notQuantity: '`{field}` is a quantity, written like `1Gi` or `500m`, not `{value}`, so the object fails to decode and is rejected.',
      listExpected: '`{field}` must be a list, with each item starting with `- `, but here it is `{value}`, so the object fails to decode ("expected array") and is rejected. Turn its entries into list items.',
      mapExpected: '`{field}` must be a map of `key: value` entries, not `{value}`, so the object fails to decode and is rejected.',
      objectExpected: '`{field}` must be an object with fields of its own, not `{value}`, so the object fails to decode and is rejected.',
      notBase64: '`{field}` must be base64-encoded (values under `data` are), so the object fails to decode ("illegal base64 data") and is rejected. Encode it, for example with `printf %s value | base64`, or move plain text to `stringData`.',
      quote: 'Put `{value}` in quotes',
      unquote: 'Remove the quotes',
    },
    'zh-TW': {
      yaml11Boolean: '`{field}: {value}` 會被讀成布林值 `{boolean}`：Kubernetes 用 YAML 1.1 讀取，沒加引號的 `yes`、`no`、`on`、`off`、`y`、`n` 都是布林值。這裡需要字串，物件無法解碼，會被拒絕。請加上引號：`"{value}"`。',
      booleanForString: '`{field}` 必須是字串，但 `{value}` 在 YAML 裡是布林值，物件無法解碼，會被拒絕。請加上引號：`"{value}"`。',
      numberForString: '`{field}` 必須是字串，但 `{value}` 在 YAML 裡是數字，物件無法解碼（「cannot unmarshal number into … of type string」），會被拒絕。請加上引號：`"{value}"`。',
      collectionForString: '`{field}` 必須是單一字串，這裡卻是 `{value}`，物件無法解碼，會被拒絕。請改成一個文字值。',
      stringForInteger: '`{field}` 必須是整數，但 `{value}` 加了引號，是字串，物件無法解碼（「cannot unmarshal string into … of type {type}」），會被拒絕。請拿掉引號：`{fixed}`。',
      notInteger: '`{field}` 必須是整數，不能是 `{value}`，物件無法解碼，會被拒絕。',
      fraction: '`{field}` 必須是整數；`{value}` 帶有小數，物件無法解碼，會被拒絕。請改成整數。',
      outOfRange: '`{field}` 是 `{value}`，超出 {type} 的範圍（{min} 到 {max}），物件無法解碼，會被拒絕。請改用較小的數字。',
      notFinite: '`{field}` 是 `{value}`，YAML 會把它讀成無限大或非數值（NaN）；JSON 沒有這種數字，物件無法送出，會被拒絕。請改用一般的數字。',
      notNumber: '`{field}` 必須是數字，不能是 `{value}`，物件無法解碼，會被拒絕。',
      stringForBoolean: '`{field}` 必須是布林值 `{fixed}`，但 `{value}` 加了引號，是字串，物件無法解碼，會被拒絕。請拿掉引號。',
      notBoolean: '`{field}` 必須是 `true` 或 `false`，不能是 `{value}`，物件無法解碼，會被拒絕。',
      notIntOrString: '`{field}` 只接受整數或字串（例如 `8080`、`http` 或 `25%`），不能是 `{value}`，物件無法解碼，會被拒絕。',
      notQuantity: '`{field}` 是數量（quantity），要寫成 `1Gi`、`500m` 這類格式，不能是 `{value}`，物件無法解碼，會被拒絕。',
      listExpected: '`{field}` 必須是清單，每個項目以 `- ` 開頭，這裡卻是 `{value}`，物件無法解碼（「expected array」），會被拒絕。請把其中的項目改寫成清單項目。',
      mapExpected: '`{field}` 必須是由 `key: value` 組成的對應表（map），不能是 `{value}`，物件無法解碼，會被拒絕。',
      objectExpected: '`{field}` 必須是有自己欄位的物件，不能是 `{value}`，物件無法解碼，會被拒絕。',
      notBase64: '`{field}` 必須是 base64 編碼（`data` 底下的值都是），物件無法解碼（「illegal base64 data」），會被拒絕。請先編碼，例如 `printf %s value | base64`，或把純文字移到 `stringData`。',
      quote: '替 `{value}` 加上引號',
      unquote: '拿掉引號',
    },
  },
  docs: {
    summary: {
      en: 'Every value must have the JSON type of its field: numbers for `replicas`, strings for labels and `env` values, a list for `volumeClaimTemplates`.',
      'zh-TW': '每個值都必須符合欄位的 JSON 型別：`replicas` 是數字，labels 與 `env` 的值是字串，`volumeClaimTemplates` 是清單。',
    },
    why: {
      en: 'The API server decodes a manifest into typed structures before it looks at anything else. `replicas: "3"`, an `env` value of `8080` without quotes, or a label `ha: yes` (a boolean in YAML 1.1, which Kubernetes uses) make the whole StatefulSet fail to decode, so it is not created at all.',
      'zh-TW': 'API 伺服器會先把 manifest 解碼成有型別的結構，才看其他東西。`replicas: "3"`、沒加引號的 `env` 值 `8080`，或是 label `ha: yes`（在 Kubernetes 使用的 YAML 1.1 裡是布林值），都會讓整個 StatefulSet 解碼失敗，根本不會建立。',
    },
    bad: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  replicas: "3"\n',
    good: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  replicas: 3\n',
    source: 'https://kubernetes.io/docs/reference/using-api/api-concepts/#field-validation',
    limitations: {
      en: 'Values of custom resources are not checked. Whole numbers beyond about 2^53 lose precision in JavaScript, so int64 limits are approximate.',
      'zh-TW': '自訂資源的值不會檢查。超過約 2^53 的整數在 JavaScript 裡會失去精確度，所以 int64 的上下限只是近似值。',
    },
  },
  check(context) {
    for (const wrong of schemaReport(context.object).wrongTypes) {
      context.report(describe(context, wrong));
    }
  },
};

type Described = {path: WrongType['path']; messageId: string; data: MessageData; fix?: FixSpec};

function describe(context: RuleContext, wrong: WrongType): Described {
  const {path, expected, value, problem} = wrong;
  const node = scalarAt(context.node, path);
  const source = node?.source ?? String(value);
  const data: MessageData = {field: formatPath(lastTwoFields(path)), value: show(value, node)};
  const report = (messageId: string, fix?: FixSpec): Described => ({path, messageId, data, fix});
  const edit = (newText: string) => [{...context.rangeOf(path), newText}];
  const isPlain = node?.type === Scalar.PLAIN;
  const isQuoted = node?.type === Scalar.QUOTE_DOUBLE || node?.type === Scalar.QUOTE_SINGLE;

  if (problem === 'base64') return report('notBase64');
  if (problem === 'range' && typeof value === 'number' && !Number.isFinite(value)) {
    return report('notFinite');
  }
  const isInteger = expected === 'int32' || expected === 'int64' || expected === 'IntOrString';
  if (problem === 'range' && isInteger) {
    const [min, max] = RANGES[expected];
    Object.assign(data, {type: expected === 'IntOrString' ? 'int32' : expected, min, max});
    return report('outOfRange');
  }
  if (problem === 'fraction') {
    return report(expected === 'IntOrString' ? 'notIntOrString' : 'fraction');
  }

  switch (expected) {
    case 'string':
    case 'bytes': {
      if (typeof value === 'boolean' || typeof value === 'number') {
        const quote = isPlain
          ? {messageId: 'quote', data: {value: source}, edits: edit(JSON.stringify(source))}
          : undefined;
        data.value = source;
        if (typeof value === 'number') return report('numberForString', quote);
        if (YAML11_BOOLEAN.test(source)) {
          data.boolean = String(value);
          return report('yaml11Boolean', quote);
        }
        return report('booleanForString', quote);
      }
      return report('collectionForString');
    }
    case 'int32':
    case 'int64': {
      const integer = typeof value === 'string' ? /^\s*([+-]?\d+)\s*$/.exec(value)?.[1] : undefined;
      const limit = expected === 'int32' ? 2 ** 31 : 2 ** 53;
      if (integer !== undefined && Math.abs(Number(integer)) < limit) {
        const fixed = String(Number(integer));
        Object.assign(data, {type: expected, fixed});
        const fix = isQuoted ? {messageId: 'unquote', edits: edit(fixed)} : undefined;
        return report('stringForInteger', fix);
      }
      return report('notInteger');
    }
    case 'number':
      return report('notNumber');
    case 'boolean': {
      if (typeof value === 'string' && /^(true|false)$/.test(value)) {
        data.fixed = value;
        const fix = isQuoted ? {messageId: 'unquote', edits: edit(value)} : undefined;
        return report('stringForBoolean', fix);
      }
      return report('notBoolean');
    }
    case 'IntOrString':
      return report('notIntOrString');
    case 'Quantity':
      return report('notQuantity');
    case 'list':
      return report('listExpected');
    case 'map':
      return report('mapExpected');
    case 'object':
      return report('objectExpected');
  }
}

/** The value as the reader wrote it: strings in quotes, collections abbreviated. */
function show(value: unknown, node: Scalar | undefined): string {
  if (Array.isArray(value)) return '[…]';
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) return '{…}';
  return node?.source ?? String(value);
}

// The field and its parent, with the list indexes between them:
// `env[0].value`, not `[0].value`.
function lastTwoFields(path: FieldPath): FieldPath {
  let names = 0;
  let start = path.length;
  while (start > 0 && names < 2) {
    start--;
    if (typeof path[start] === 'string') names++;
  }
  return path.slice(start);
}
