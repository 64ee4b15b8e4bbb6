import {asArray, asLabels, isRecord} from './objects';

// Label selectors as k8s.io/apimachinery/pkg/apis/meta/v1 evaluates them.
// https://kubernetes.io/docs/concepts/overview/working-with-objects/labels/#label-selectors

/** Whether a LabelSelector (`matchLabels` + `matchExpressions`) selects `labels`. */
export function selectorMatches(selector: unknown, labels: Record<string, string>): boolean {
  if (!isRecord(selector)) return false;
  for (const [key, value] of Object.entries(asLabels(selector.matchLabels))) {
    if (labels[key] !== value) return false;
  }
  return asArray(selector.matchExpressions).every((expression) =>
    expressionMatches(expression, labels),
  );
}

function expressionMatches(expression: unknown, labels: Record<string, string>): boolean {
  if (!isRecord(expression) || typeof expression.key !== 'string') return false;
  const has = Object.hasOwn(labels, expression.key);
  const value = labels[expression.key];
  const values = asArray(expression.values).map(String);
  switch (expression.operator) {
    case 'In':
      return has && values.includes(value);
    case 'NotIn':
      return !has || !values.includes(value);
    case 'Exists':
      return has;
    case 'DoesNotExist':
      return !has;
    default:
      return false;
  }
}

/** Whether a Service-style selector (a plain map) selects `labels`. */
export function mapSelectorMatches(selector: unknown, labels: Record<string, string>): boolean {
  const wanted = asLabels(selector);
  const keys = Object.keys(wanted);
  return keys.length > 0 && keys.every((key) => labels[key] === wanted[key]);
}
