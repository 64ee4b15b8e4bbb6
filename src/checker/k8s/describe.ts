import {asArray, asLabels, isRecord} from './objects';

// Selectors and labels as a diagnostic quotes them, in kubectl's own
// notation (`kubectl get pods -l 'app=web,tier in (db)'`).

/** `{app: web, tier: db}` → `app=web, tier=db` */
export function formatLabels(labels: Record<string, string>): string {
  return Object.entries(labels)
    .map(([key, value]) => `${key}=${value}`)
    .join(', ');
}

/** A LabelSelector as kubectl would write it; `{}` for an empty one. */
export function formatSelector(selector: unknown): string {
  if (!isRecord(selector)) return '{}';
  const parts = Object.entries(asLabels(selector.matchLabels)).map(
    ([key, value]) => `${key}=${value}`,
  );
  for (const expression of asArray(selector.matchExpressions)) {
    if (!isRecord(expression)) continue;
    const values = asArray(expression.values).map(String).join(', ');
    parts.push(
      ['Exists', 'DoesNotExist'].includes(String(expression.operator))
        ? `${String(expression.key)} ${String(expression.operator)}`
        : `${String(expression.key)} ${String(expression.operator)} (${values})`,
    );
  }
  return parts.length > 0 ? parts.join(', ') : '{}';
}

/** The label keys a LabelSelector looks at. */
export function selectorKeys(selector: unknown): string[] {
  if (!isRecord(selector)) return [];
  const keys = Object.keys(asLabels(selector.matchLabels));
  for (const expression of asArray(selector.matchExpressions)) {
    if (isRecord(expression) && typeof expression.key === 'string') keys.push(expression.key);
  }
  return keys;
}
