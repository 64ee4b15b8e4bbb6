import type {ManifestObject} from '../types';
import type {FieldPath} from '../yaml/locate';

/** The value at `path`, or undefined where any step is missing. */
export function getIn(root: unknown, path: FieldPath): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[segment];
  }
  return value;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A map of string labels, ignoring entries that are not strings. */
export function asLabels(value: unknown): Record<string, string> {
  if (!isRecord(value)) return {};
  const labels: Record<string, string> = {};
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === 'string') labels[key] = item;
  }
  return labels;
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The same object in the same namespace; a missing namespace means the default one. */
export function isSameNamespace(a: ManifestObject, b: ManifestObject): boolean {
  return (a.namespace ?? 'default') === (b.namespace ?? 'default');
}
