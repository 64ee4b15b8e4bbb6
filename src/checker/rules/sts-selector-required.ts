import {isLabelValue, isQualifiedName} from '../k8s/names';
import {asLabels, getIn, isRecord} from '../k8s/objects';
import type {Rule, RuleContext} from '../rule';
import {insertFirstFields, yamlString} from '../yaml/field-edit';

/**
 * apps/v1 requires `spec.selector` (`field.Required` in ValidateStatefulSetSpec,
 * pkg/apis/apps/validation/validation.go). Reported at `spec:`, the field that
 * should hold it. The template-label mismatch upstream also reports for a nil
 * selector is left out: it says the same thing less clearly.
 */
export const rule: Rule = {
  id: 'sts-selector-required',
  severity: 'error',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      missing: 'This StatefulSet has no `spec.selector`. The controller finds the Pods it owns through the selector, so `apps/v1` requires one and the API server rejects the StatefulSet (the old `apps/v1beta1` copied it from the template labels). Add `selector.matchLabels` with the labels of `spec.template.metadata.labels`.',
      addSelector: 'Add a selector matching the template labels',
    },
    'zh-TW': {
      missing: '這個 StatefulSet 沒有 `spec.selector`。控制器靠選擇器找出屬於自己的 Pod，所以 `apps/v1` 一定要有，API 伺服器會拒絕這個 StatefulSet（舊的 `apps/v1beta1` 會自動從範本標籤複製）。請加上 `selector.matchLabels`，內容與 `spec.template.metadata.labels` 的標籤相同。',
      addSelector: '加上與範本標籤相符的選擇器',
    },
  },
  docs: {
    summary: {
      en: 'An `apps/v1` StatefulSet must have `spec.selector`.',
      'zh-TW': '`apps/v1` 的 StatefulSet 必須有 `spec.selector`。',
    },
    why: {
      en: 'The selector is how the StatefulSet controller recognizes `web-0`, `web-1`, … as its own Pods, and how it finds them again after a restart of the controller. `apps/v1beta1` filled it in from the template labels; `apps/v1` makes you write it, and the API server rejects a StatefulSet without one. Tutorials written for the old API versions often lack it.',
      'zh-TW': 'StatefulSet 控制器靠選擇器認出 `web-0`、`web-1`……是自己的 Pod，控制器重新啟動後也靠它把 Pod 找回來。`apps/v1beta1` 會自動從範本標籤填入；`apps/v1` 則要你自己寫，沒有選擇器的 StatefulSet 會被 API 伺服器拒絕。為舊版 API 寫的教學常常少了它。',
    },
    bad: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n',
    good: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n',
    source: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#pod-selector',
  },
  check(context) {
    const {spec} = context.object.value;
    if (spec !== undefined && spec !== null && !isRecord(spec)) return;
    const selector = isRecord(spec) ? spec.selector : undefined;
    if (selector !== undefined && selector !== null) return;

    // TODO(#2): without any `spec`, the range is the whole object; a report
    // cannot point at `kind:` while keeping the `spec.selector` path.
    const edit = isRecord(spec) && !('selector' in spec) ? addSelector(context, spec) : undefined;
    context.report({
      path: ['spec', 'selector'],
      messageId: 'missing',
      fix: edit && {messageId: 'addSelector', edits: [edit]},
    });
  },
};

/** `selector.matchLabels` copied from the template labels, when they are valid. */
function addSelector(context: RuleContext, spec: Record<string, unknown>) {
  const labels = Object.entries(asLabels(getIn(spec, ['template', 'metadata', 'labels'])));
  if (labels.length === 0) return undefined;
  if (!labels.every(([key, value]) => isQualifiedName(key) && isLabelValue(value))) {
    return undefined;
  }
  const lines = [
    'selector:',
    '  matchLabels:',
    ...labels.map(([key, value]) => `    ${yamlString(key)}: ${yamlString(value)}`),
  ];
  return insertFirstFields(context, ['spec'], lines);
}
