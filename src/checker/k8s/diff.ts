import type {FieldPath} from '../yaml/locate';
import {isRecord} from './objects';

/** Where two values first differ, and how. */
export interface Difference {
  path: FieldPath;
  /** `added`: only the new value has the field; `removed`: only the old one. */
  change: 'changed' | 'added' | 'removed';
  before: unknown;
  after: unknown;
}

// What Go's zero values and `omitempty` make equal to a missing field. The
// API server compares with apiequality.Semantic, which treats nil and empty
// maps and lists alike.
export function isEmptyValue(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return isRecord(value) && Object.keys(value).length === 0;
}

/**
 * The first place where `after` differs from `before`, walking maps by key
 * (in the order of `after`, then fields only `before` has) and lists by
 * index. Lists of different lengths differ as a whole.
 */
export function firstDifference(
  before: unknown,
  after: unknown,
  path: FieldPath = [],
): Difference | undefined {
  if (isEmptyValue(before) && isEmptyValue(after)) return undefined;
  if (isEmptyValue(before)) return {path, change: 'added', before, after};
  if (isEmptyValue(after)) return {path, change: 'removed', before, after};

  if (isRecord(before) && isRecord(after)) {
    const keys = [...new Set([...Object.keys(after), ...Object.keys(before)])];
    for (const key of keys) {
      const difference = firstDifference(before[key], after[key], [...path, key]);
      if (difference) return difference;
    }
    return undefined;
  }
  if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    for (const [index, item] of after.entries()) {
      const difference = firstDifference(before[index], item, [...path, index]);
      if (difference) return difference;
    }
    return undefined;
  }
  return Object.is(before, after) ? undefined : {path, change: 'changed', before, after};
}
