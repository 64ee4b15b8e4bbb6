import {
  describeExpression,
  describeLabels,
  describeSelector,
  selectorProblems,
} from '../k8s/label-selector';
import {asArray, getIn, isRecord} from '../k8s/objects';
import {mapSelectorMatches, selectorMatches} from '../k8s/selectors';
import {governingService, serviceSelectorOf} from '../k8s/services';
import type {Report, Rule, RuleContext} from '../rule';
import type {FieldPath} from '../yaml/locate';
import {insertFirstFields, yamlString} from '../yaml/field-edit';
import {replaceString} from '../yaml/scalar-edit';

const LABELS_PATH: FieldPath = ['spec', 'template', 'metadata', 'labels'];

/** The first requirement of the selector that the template labels fail. */
type Failure =
  | {kind: 'differs'; key: string; expected: string; actual: string}
  | {kind: 'missing'; key: string; expected: string}
  | {kind: 'expression'; expression: string};

/**
 * The selector must select the Pod template's labels
 * (`ValidatePodTemplateSpecForStatefulSet`, pkg/apis/apps/validation/validation.go:
 * "`selector` does not match template `labels`"). Upstream skips the
 * comparison for an empty selector and for one it cannot parse; so does this
 * rule, and the other selector rules report those.
 */
export const rule: Rule = {
  id: 'sts-selector-template-mismatch',
  severity: 'error',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      differs: '`spec.selector` ({selector}) does not select the Pod template’s labels ({labels}): the template sets `{key}` to `{actual}`, the selector wants `{expected}`. The StatefulSet would create Pods it cannot recognize as its own, so the API server rejects it. Set the template label `{key}` to `{expected}` (the selector cannot change once the StatefulSet exists).',
      missing: '`spec.selector` ({selector}) does not select the Pod template’s labels ({labels}): the template has no label `{key}`. Every selector label must also be on the Pods, or the StatefulSet would create Pods it cannot recognize as its own; the API server rejects it. Add `{key}: {expected}` to `spec.template.metadata.labels`.',
      expression: '`spec.selector` ({selector}) does not select the Pod template’s labels ({labels}): the expression `{expression}` does not hold for them. The StatefulSet would create Pods it cannot recognize as its own, so the API server rejects it. Change the template labels so that the expression holds.',
      noLabels: 'The Pod template has no labels, so `spec.selector` ({selector}) selects none of the Pods this StatefulSet would create, and the API server rejects it. Copy the selector’s labels into `spec.template.metadata.labels`.',
      templateMissing: 'This StatefulSet has no `spec.template`: there are no Pod labels for `spec.selector` ({selector}) to select, and no Pod to create. The API server rejects it. Add a `template` whose `metadata.labels` match the selector, with the containers to run.',
      setLabel: 'Set template label `{key}` to `{expected}`',
      setSelector: 'Set selector label `{key}` back to `{actual}`',
      addLabel: 'Add `{key}: {expected}` to the template labels',
    },
    'zh-TW': {
      differs: '`spec.selector`（{selector}）選不到 Pod 範本的標籤（{labels}）：範本把 `{key}` 設為 `{actual}`，選擇器要的是 `{expected}`。StatefulSet 會建立出自己認不得的 Pod，所以 API 伺服器會拒絕。請把範本標籤 `{key}` 改成 `{expected}`（StatefulSet 建立後選擇器就不能再改）。',
      missing: '`spec.selector`（{selector}）選不到 Pod 範本的標籤（{labels}）：範本沒有 `{key}` 標籤。選擇器的每個標籤都必須出現在 Pod 上，否則 StatefulSet 會建立出自己認不得的 Pod；API 伺服器會拒絕。請在 `spec.template.metadata.labels` 加上 `{key}: {expected}`。',
      expression: '`spec.selector`（{selector}）選不到 Pod 範本的標籤（{labels}）：條件 `{expression}` 不成立。StatefulSet 會建立出自己認不得的 Pod，所以 API 伺服器會拒絕。請修改範本標籤，讓這個條件成立。',
      noLabels: 'Pod 範本沒有任何標籤，所以 `spec.selector`（{selector}）選不到這個 StatefulSet 要建立的任何 Pod，API 伺服器會拒絕。請把選擇器的標籤複製到 `spec.template.metadata.labels`。',
      templateMissing: '這個 StatefulSet 沒有 `spec.template`：既沒有 Pod 標籤可以讓 `spec.selector`（{selector}）選取，也沒有 Pod 可以建立。API 伺服器會拒絕。請加上 `template`，其中的 `metadata.labels` 要符合選擇器，並寫好要執行的容器。',
      setLabel: '把範本標籤 `{key}` 改成 `{expected}`',
      setSelector: '把選擇器標籤 `{key}` 改回 `{actual}`',
      addLabel: '在範本標籤加上 `{key}: {expected}`',
    },
  },
  docs: {
    summary: {
      en: 'The StatefulSet’s selector must select the labels of its Pod template.',
      'zh-TW': 'StatefulSet 的選擇器必須選得到 Pod 範本的標籤。',
    },
    why: {
      en: 'A StatefulSet creates `web-0`, `web-1`, … from its template and then finds them again through its selector. If the template’s labels do not satisfy the selector, every Pod it creates would be a stranger to it, and it would create more forever. The API server refuses such a StatefulSet. The template may carry extra labels; every selector label must be among them with the same value.',
      'zh-TW': 'StatefulSet 依照範本建立 `web-0`、`web-1`……，之後再透過選擇器把它們找回來。如果範本的標籤不符合選擇器，它建立的每個 Pod 對它來說都是陌生人，它就會無止盡地繼續建立。API 伺服器會拒絕這樣的 StatefulSet。範本可以多帶其他標籤，但選擇器的每個標籤都必須在其中，而且值相同。',
    },
    bad: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  selector:\n    matchLabels:\n      app: web\n      tier: frontend\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n',
    good: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  selector:\n    matchLabels:\n      app: web\n      tier: frontend\n  template:\n    metadata:\n      labels:\n        app: web\n        tier: frontend\n        version: v2\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n',
    source: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#pod-selector',
    limitations: {
      en: 'One message per StatefulSet, as from the API server: it names the first selector label or expression that fails. Fix it and the next one, if any, is shown. The quick fix is offered only when one label is wrong and changing it makes the selector match.',
      'zh-TW': '每個 StatefulSet 只有一則訊息，和 API 伺服器一樣：它指出第一個不符合的選擇器標籤或條件。修好之後，如果還有下一個，才會顯示。只有在剛好一個標籤不對、而且改掉它就能讓選擇器相符時，才會提供快速修正。',
    },
  },
  check(context) {
    const spec = context.object.value.spec;
    if (!isRecord(spec) || !isRecord(spec.selector)) return;
    const selector = spec.selector;
    if (!isUsable(selector)) return;
    const described = describeSelector(selector);

    if (spec.template === undefined || spec.template === null) {
      const data = {selector: described};
      context.report({path: LABELS_PATH, messageId: 'templateMissing', data});
      return;
    }
    const labels = templateLabels(spec.template);
    if (!labels || selectorMatches(selector, labels)) return;

    if (Object.keys(labels).length === 0) {
      context.report({path: LABELS_PATH, messageId: 'noLabels', data: {selector: described}});
      return;
    }
    const failures = failuresOf(selector, labels);
    if (failures.length === 0) return;
    const data = {selector: described, labels: describeLabels(labels)};
    context.report(toReport(context, selector, labels, failures, data));
  },
};

/**
 * Whether the selector is one upstream compares: not empty (that selects
 * everything), parseable, and made of strings (else decoding fails first).
 */
function isUsable(selector: Record<string, unknown>): boolean {
  const matchLabels = selector.matchLabels ?? {};
  const expressions = selector.matchExpressions ?? [];
  if (!isRecord(matchLabels) || !Array.isArray(expressions)) return false;
  if (!Object.values(matchLabels).every((value) => typeof value === 'string')) return false;
  if (!expressions.every(isRecord)) return false;
  if (Object.keys(matchLabels).length + expressions.length === 0) return false;
  return selectorProblems(selector, []).length === 0;
}

/** The template's labels; undefined where their type is wrong. */
function templateLabels(template: unknown): Record<string, string> | undefined {
  if (!isRecord(template)) return undefined;
  const metadata = template.metadata ?? {};
  if (!isRecord(metadata)) return undefined;
  const labels = metadata.labels ?? {};
  if (!isRecord(labels)) return undefined;
  if (!Object.values(labels).every((value) => typeof value === 'string')) return undefined;
  return labels as Record<string, string>;
}

function failuresOf(
  selector: Record<string, unknown>,
  labels: Record<string, string>,
): Failure[] {
  const failures: Failure[] = [];
  const matchLabels = (selector.matchLabels ?? {}) as Record<string, string>;
  for (const [key, expected] of Object.entries(matchLabels)) {
    if (!Object.hasOwn(labels, key)) failures.push({kind: 'missing', key, expected});
    else if (labels[key] !== expected) {
      failures.push({kind: 'differs', key, expected, actual: labels[key]});
    }
  }
  for (const expression of asArray(selector.matchExpressions)) {
    if (!isRecord(expression)) continue;
    if (!selectorMatches({matchExpressions: [expression]}, labels)) {
      failures.push({kind: 'expression', expression: describeExpression(expression)});
    }
  }
  return failures;
}

function toReport(
  context: RuleContext,
  selector: Record<string, unknown>,
  labels: Record<string, string>,
  failures: Failure[],
  data: Record<string, string>,
): Report {
  const [failure] = failures;
  if (failure.kind === 'expression') {
    return {
      path: LABELS_PATH,
      messageId: 'expression',
      data: {...data, expression: failure.expression},
    };
  }
  const {key, expected} = failure;
  // One fix, only when it is the whole fix: the labels it leaves must match.
  const isOnlyFix =
    failures.length === 1 && selectorMatches(selector, {...labels, [key]: expected});
  if (failure.kind === 'differs') {
    const {actual} = failure;
    const report: Report = {
      path: LABELS_PATH,
      messageId: 'differs',
      data: {...data, key, expected, actual},
    };
    if (!isOnlyFix) return report;
    // When the Service already selects the template's labels, the selector is
    // the odd one out: changing the template would break the Service instead.
    if (serviceSelectsOnlyTemplate(context, labels, {...labels, [key]: expected})) {
      const edit = replaceString(context, ['spec', 'selector', 'matchLabels', key], actual);
      return {...report, fix: edit && {messageId: 'setSelector', data: {key, actual}, edits: [edit]}};
    }
    const edit = replaceString(context, [...LABELS_PATH, key], expected);
    return {...report, fix: edit && {messageId: 'setLabel', data: {key, expected}, edits: [edit]}};
  }
  const edit = isOnlyFix
    ? insertFirstFields(context, LABELS_PATH, [`${yamlString(key)}: ${yamlString(expected)}`])
    : undefined;
  return {
    path: LABELS_PATH,
    messageId: 'missing',
    data: {...data, key, expected},
    fix: edit && {messageId: 'addLabel', data: {key, expected}, edits: [edit]},
  };
}

function serviceSelectsOnlyTemplate(
  context: RuleContext,
  labels: Record<string, string>,
  fixedLabels: Record<string, string>,
): boolean {
  const service = governingService(context.objects, context.object);
  const selector = service && serviceSelectorOf(service);
  if (!selector) return false;
  return mapSelectorMatches(selector, labels) && !mapSelectorMatches(selector, fixedLabels);
}
