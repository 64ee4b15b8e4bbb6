import {isCollection, isMap, isScalar, Scalar} from 'yaml';
import type {Rule, RuleContext} from '../rule';
import type {TextEdit} from '../types';
import {displayName, fieldsOf} from '../schema/index';
import {closestName} from '../schema/suggest';
import {schemaReport, type UnknownField} from '../schema/validate';
import {formatPath, type FieldPath} from '../yaml/locate';

/**
 * A field the API type does not have. kubectl validates fields strictly by
 * default since 1.25 (`--validate=strict`, KEP-2885) and rejects the object;
 * without it the API server drops the field with a warning, so a misspelled
 * `serviceNmae` silently leaves `serviceName` unset.
 */
export const rule: Rule = {
  id: 'schema-unknown-field',
  severity: 'error',
  kinds: ['*'],
  messages: {
    en: {
      unknown: '`{field}` is not a field of {type}, so kubectl rejects the object (strict field validation); with validation turned off the API server would silently drop it. Remove it or move it where it belongs.',
      didYouMean: '`{field}` is not a field of {type}; did you mean `{suggestion}`? kubectl rejects the object (strict field validation), and with validation turned off the API server would drop the field, leaving `{suggestion}` unset. Field names are case-sensitive.',
      misplaced: '`{field}` is not a field of {type}: it belongs to {owner} at `{ownerPath}`. kubectl rejects the object (strict field validation); with validation turned off the field would be dropped. Move it there (check its indentation).',
      misplacedTopLevel: '`{field}` is not a field of {type}: it belongs at the top level of the {owner}, beside `apiVersion` and `kind`. kubectl rejects the object (strict field validation); with validation turned off the field would be dropped. Move it there (check its indentation).',
      rename: 'Rename `{field}` to `{suggestion}`',
    },
    'zh-TW': {
      unknown: '`{field}` 不是 {type} 的欄位，kubectl 會拒絕這個物件（嚴格欄位驗證）；若關掉驗證，API 伺服器會默默丟掉它。請刪除，或移到正確的位置。',
      didYouMean: '`{field}` 不是 {type} 的欄位，你是不是要寫 `{suggestion}`？kubectl 會拒絕這個物件（嚴格欄位驗證）；若關掉驗證，這個欄位會被丟掉，`{suggestion}` 等於沒有設定。欄位名稱有區分大小寫。',
      misplaced: '`{field}` 不是 {type} 的欄位：它屬於 `{ownerPath}` 的 {owner}。kubectl 會拒絕這個物件（嚴格欄位驗證）；若關掉驗證，這個欄位會被丟掉。請把它移過去（檢查縮排）。',
      misplacedTopLevel: '`{field}` 不是 {type} 的欄位：它屬於 {owner} 的最上層，和 `apiVersion`、`kind` 並列。kubectl 會拒絕這個物件（嚴格欄位驗證）；若關掉驗證，這個欄位會被丟掉。請把它移過去（檢查縮排）。',
      rename: '把 `{field}` 改名為 `{suggestion}`',
    },
  },
  docs: {
    summary: {
      en: 'Every field must exist in the Kubernetes API type, spelled with the exact case.',
      'zh-TW': '每個欄位都必須是 Kubernetes API 型別裡有的欄位，大小寫也要一致。',
    },
    why: {
      en: 'A misspelled or misplaced field is not an error the API server can repair. kubectl stops at it by default; with `--validate=false` the field is thrown away and the StatefulSet runs without it: `serviceNmae` leaves the Pods without stable DNS names, and `volumeClaimTemplates` indented under the Pod spec leaves them without their PersistentVolumeClaims.',
      'zh-TW': '拼錯或放錯位置的欄位，API 伺服器沒辦法替你修好。kubectl 預設會在這裡停下；如果加上 `--validate=false`，這個欄位會被丟掉，StatefulSet 就在少了它的情況下執行：寫成 `serviceNmae`，Pod 就沒有穩定的 DNS 名稱；`volumeClaimTemplates` 縮排到 Pod spec 底下，Pod 就拿不到自己的 PersistentVolumeClaim。',
    },
    bad: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceNmae: web\n',
    good: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n',
    source: 'https://kubernetes.io/docs/reference/using-api/api-concepts/#field-validation',
    limitations: {
      en: 'Fields of custom resources are not checked. `kubectl apply --validate=false` (or the raw API without `fieldValidation=Strict`) accepts unknown fields with a warning.',
      'zh-TW': '自訂資源的欄位不會檢查。`kubectl apply --validate=false`（或不帶 `fieldValidation=Strict` 直接呼叫 API）會接受未知欄位，只給警告。',
    },
  },
  check(context) {
    for (const unknown of schemaReport(context.object).unknownFields) {
      reportUnknown(context, unknown);
    }
  },
};

// TODO(#2): for `key: scalar` the engine underlines the value; the unknown
// key itself would be the better range (Report has no way to ask for it).
function reportUnknown(context: RuleContext, unknown: UnknownField): void {
  const {path, model} = unknown;
  const field = String(path[path.length - 1]);
  const type = displayName(model);

  const suggestion = closestName(field, unknown.known);
  if (suggestion) {
    const parent = getParent(context, path);
    const isFree = parent !== undefined && !Object.hasOwn(parent, suggestion.name);
    const edit =
      suggestion.isConfident && isFree ? renameKey(context, path, suggestion.name) : undefined;
    context.report({
      path,
      messageId: 'didYouMean',
      data: {field, type, suggestion: suggestion.name},
      fix: edit && {messageId: 'rename', data: {field, suggestion: suggestion.name}, edits: [edit]},
    });
    return;
  }

  const owner = findOwner(unknown, field);
  if (owner) {
    const ownerPath = formatPath(owner.path);
    context.report({
      path,
      messageId: ownerPath ? 'misplaced' : 'misplacedTopLevel',
      data: {field, type, owner: displayName(owner.model), ...(ownerPath ? {ownerPath} : {})},
    });
    return;
  }
  context.report({path, messageId: 'unknown', data: {field, type}});
}

/**
 * Where a misplaced field belongs: an enclosing type that has it (such as
 * `volumeClaimTemplates` indented into the Pod spec), or the nearest
 * `metadata` (such as `labels` or `annotations` written beside it).
 */
function findOwner(
  unknown: UnknownField,
  field: string,
): {model: string; path: FieldPath} | undefined {
  const enclosing = unknown.ancestors.find((a) => Object.hasOwn(fieldsOf(a.model) ?? {}, field));
  if (enclosing) return enclosing;
  if (!Object.hasOwn(fieldsOf('V1ObjectMeta') ?? {}, field)) return undefined;
  const here = {model: unknown.model, path: unknown.path.slice(0, -1)};
  const withMetadata = [here, ...unknown.ancestors].find(
    (a) => fieldsOf(a.model)?.metadata === 'V1ObjectMeta',
  );
  return withMetadata && {model: 'V1ObjectMeta', path: [...withMetadata.path, 'metadata']};
}

function getParent(context: RuleContext, path: FieldPath): Record<string, unknown> | undefined {
  let value: unknown = context.object.value;
  for (const segment of path.slice(0, -1)) {
    value = (value as Record<string | number, unknown> | null)?.[segment];
  }
  const isObject = typeof value === 'object' && value !== null;
  return isObject ? (value as Record<string, unknown>) : undefined;
}

// A key no manifest has: `rangeOf` then underlines the key of `path` itself
// (locate.ts points at the deepest existing key of a missing path).
const PAST_THE_FIELD = '\u0000';

/** Renames a plain (unquoted) key; undefined where that is not a simple edit. */
function renameKey(context: RuleContext, path: FieldPath, newKey: string): TextEdit | undefined {
  const root = context.node;
  const parentPath = path.slice(0, -1);
  const parent =
    parentPath.length === 0 ? root : isCollection(root) ? root.getIn(parentPath, true) : undefined;
  if (!isMap(parent)) return undefined;
  const name = String(path[path.length - 1]);
  const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === name);
  if (!pair || !isScalar(pair.key) || pair.key.type !== Scalar.PLAIN) return undefined;
  return {...context.rangeOf([...path, PAST_THE_FIELD]), newText: newKey};
}
