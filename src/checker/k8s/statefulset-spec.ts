import type {ManifestObject} from '../types';
import type {FieldPath} from '../yaml/locate';
import {getIn, isRecord} from './objects';

// A StatefulSet's spec, read the way ValidateStatefulSetSpec in
// pkg/apis/apps/validation/validation.go reads it: after the defaults of
// pkg/apis/apps/v1/defaults.go, so an empty or missing enum is valid. Values
// of the wrong JSON type are skipped everywhere: the schema-type rule reports
// those, and the API server stops at decoding before it validates anything.

/** The StatefulSet's `spec`, if it is a mapping. */
export function specOf(object: ManifestObject): Record<string, unknown> | undefined {
  const {spec} = object.value;
  return isRecord(spec) ? spec : undefined;
}

/**
 * A negative number an int32 field can hold. Other numbers (2.5, 1e23) fail
 * decoding first, and strings ("-1") are a type error, not a negative count.
 */
export function isNegativeInt32(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) < 0 && (value as number) >= -2147483648;
}

/** How a string compares to the values an enum field accepts. */
export type EnumMatch =
  | {kind: 'valid'}
  | {kind: 'wrongCase'; canonical: string}
  | {kind: 'invalid'};

/**
 * Matches `value` against `allowed`. Kubernetes enums are case-sensitive, so
 * `parallel` is invalid; it is told apart because its fix is obvious.
 */
export function matchEnum(value: string, allowed: ReadonlyArray<string>): EnumMatch {
  if (allowed.includes(value)) return {kind: 'valid'};
  const canonical = allowed.find((item) => item.toLowerCase() === value.toLowerCase());
  return canonical ? {kind: 'wrongCase', canonical} : {kind: 'invalid'};
}

/** Whether `value` is one the defaults replace: missing, null or "". */
export function isDefaulted(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

export const ROLLING_UPDATE_PATH: FieldPath = ['spec', 'updateStrategy', 'rollingUpdate'];

/**
 * The `rollingUpdate` block the API server validates: only with strategy type
 * RollingUpdate, which is also what an empty type defaults to. With OnDelete
 * the block is an error of its own (sts-rolling-update-with-ondelete), and
 * with an unknown type upstream stops at the type.
 */
export function rollingUpdateOf(object: ManifestObject): Record<string, unknown> | undefined {
  const strategy = getIn(object.value, ['spec', 'updateStrategy']);
  if (!isRecord(strategy) || !isRecord(strategy.rollingUpdate)) return undefined;
  const {type} = strategy;
  return type === 'RollingUpdate' || isDefaulted(type) ? strategy.rollingUpdate : undefined;
}

/**
 * A small complete StatefulSet for a rule's docs: `spec` lines go after
 * `serviceName` (indented two spaces), `podSpec` lines before `containers`
 * (indented six).
 */
export function exampleStatefulSet(lines: {spec?: string; podSpec?: string} = {}): string {
  return (
    'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n' +
    '  serviceName: web\n' +
    (lines.spec ?? '') +
    '  selector:\n    matchLabels: {app: web}\n' +
    '  template:\n    metadata:\n      labels: {app: web}\n    spec:\n' +
    (lines.podSpec ?? '') +
    '      containers:\n      - name: web\n        image: nginx:1.27\n'
  );
}
