import {isRecord} from '../k8s/objects';
import type {Rule} from '../rule';

// Kinds that are requests rather than stored objects: the API server answers
// them and keeps nothing, so they need no name.
const NAMELESS_KINDS = new Set([
  'List',
  'LocalSubjectAccessReview',
  'SelfSubjectAccessReview',
  'SelfSubjectReview',
  'SelfSubjectRulesReview',
  'SubjectAccessReview',
  'TokenReview',
]);

/**
 * Every object needs `metadata.name` or `metadata.generateName`
 * (`ValidateObjectMeta` in k8s.io/apimachinery/pkg/api/validation).
 */
export const rule: Rule = {
  id: 'meta-name-required',
  severity: 'error',
  kinds: ['*'],
  messages: {
    en: {
      required: 'This {kind} has no `metadata.name`, so the API server rejects it ("name or generateName is required"). Add `name:` under `metadata`.',
      empty: '`metadata.name` is empty, so the API server rejects this {kind} ("name or generateName is required"). Give it a name.',
      requiredStatefulSet: 'This StatefulSet has no `metadata.name`, so the API server rejects it ("name or generateName is required"). Add `name:` under `metadata`: it is also the prefix of every Pod (`web-0`, `web-1`) and of every claim (`www-web-0`).',
      emptyStatefulSet: '`metadata.name` is empty, so the API server rejects this StatefulSet ("name or generateName is required"). Give it a short name: it is also the prefix of every Pod (`web-0`, `web-1`) and of every claim (`www-web-0`).',
    },
    'zh-TW': {
      required: '這個 {kind} 沒有 `metadata.name`，API 伺服器會拒絕它（「name or generateName is required」）。請在 `metadata` 底下加上 `name:`。',
      empty: '`metadata.name` 是空的，API 伺服器會拒絕這個 {kind}（「name or generateName is required」）。請替它取個名稱。',
      requiredStatefulSet: '這個 StatefulSet 沒有 `metadata.name`，API 伺服器會拒絕它（「name or generateName is required」）。請在 `metadata` 底下加上 `name:`；這個名稱也是每個 Pod（`web-0`、`web-1`）和每個 PVC（`www-web-0`）名稱的開頭。',
      emptyStatefulSet: '`metadata.name` 是空的，API 伺服器會拒絕這個 StatefulSet（「name or generateName is required」）。請取個簡短的名稱；這個名稱也是每個 Pod（`web-0`、`web-1`）和每個 PVC（`www-web-0`）名稱的開頭。',
    },
  },
  docs: {
    summary: {
      en: 'Every object needs `metadata.name` (or `metadata.generateName`).',
      'zh-TW': '每個物件都需要 `metadata.name`（或 `metadata.generateName`）。',
    },
    why: {
      en: 'The name identifies the object in its namespace. A StatefulSet’s name is also where its Pods’ stable names come from: `web` gives `web-0`, `web-1`, … and the claims `www-web-0`, … Without it the API server refuses the object.',
      'zh-TW': '名稱在命名空間裡識別這個物件。StatefulSet 的名稱也是 Pod 穩定名稱的來源：`web` 會產生 `web-0`、`web-1`……，PVC 則是 `www-web-0`……。沒有名稱，API 伺服器會拒絕這個物件。',
    },
    bad: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  labels:\n    app: web\n',
    good: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-config\n  labels:\n    app: web\n',
    source: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/names/',
    limitations: {
      en: '`generateName` is accepted, as by `kubectl create`; `kubectl apply` still needs a `name`.',
      'zh-TW': '有 `generateName` 也算通過，和 `kubectl create` 一樣；但 `kubectl apply` 仍然需要 `name`。',
    },
  },
  check(context) {
    const {value, kind, apiVersion} = context.object;
    if (NAMELESS_KINDS.has(kind)) return;
    // Without apiVersion and kind this is no object yet (a values file, say);
    // the rules for those two say so, and a missing name is beside the point.
    if (kind === '' && apiVersion === '') return;

    const metadata = isRecord(value.metadata) ? value.metadata : {};
    if (hasText(metadata.generateName)) return;
    const isEmpty = metadata.name === '';
    if (!isEmpty && metadata.name !== undefined && metadata.name !== null) return;
    const path = ['metadata', 'name'];
    if (kind === 'StatefulSet') {
      context.report({path, messageId: isEmpty ? 'emptyStatefulSet' : 'requiredStatefulSet'});
    } else {
      const data = {kind: kind || 'object'};
      context.report({path, messageId: isEmpty ? 'empty' : 'required', data});
    }
  },
};

function hasText(value: unknown): boolean {
  return typeof value === 'string' && value !== '';
}
