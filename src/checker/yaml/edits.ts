import {isCollection, isMap, isScalar, parse, type Node} from 'yaml';
import type {Range, TextEdit} from '../types';
import type {FieldPath} from './locate';

/** `RuleContext.rangeOf`, or the same function kept from another object's context. */
export type RangeOf = (path: FieldPath) => Range;

// A key no manifest has. Asking `rangeOf` for a missing child of an existing
// field gives the range of that field's key, whatever its value looks like
// (locate.ts underlines the deepest existing key of a missing path).
const NOWHERE = '\u0000';

/**
 * An edit that adds `entry` (such as `clusterIP: None`) as the first field of
 * the mapping at `mapPath`, indented like its current first field. Undefined
 * where the mapping is missing, empty, or a list item (`- key: …`).
 */
export function insertFirstField(
  root: Node | null,
  rangeOf: RangeOf,
  mapPath: FieldPath,
  entry: string,
): TextEdit | undefined {
  const map = isCollection(root) ? root.getIn(mapPath, true) : undefined;
  if (!isMap(map) || typeof mapPath[mapPath.length - 1] !== 'string') return undefined;
  const first = map.items[0];
  if (!first || !isScalar(first.key)) return undefined;

  const key = rangeOf([...mapPath, String(first.key.value), NOWHERE]);
  const at = {line: key.line, column: key.column, endLine: key.line, endColumn: key.column};
  const indent = ' '.repeat(key.column - 1);
  if (!map.flow) {
    return {...at, column: 1, endColumn: 1, newText: `${indent}${entry}\n`};
  }
  // A flow mapping `{…}`: a line of its own if its fields sit on lines of
  // their own, otherwise in front of the first field.
  const opening = rangeOf(mapPath);
  return opening.line < key.line
    ? {...at, column: 1, endColumn: 1, newText: `${indent}${entry},\n`}
    : {...at, newText: `${entry}, `};
}

/**
 * `value` as a YAML 1.1 scalar that reads back as the same string: plain
 * where that is safe, double-quoted where Kubernetes would read something
 * else (`yes`, `0644`, `1e3`, `a: b`).
 */
export function yamlString(value: string): string {
  try {
    if (parse(value, {version: '1.1'}) === value) return value;
  } catch {
    // Not a plain scalar at all: quote it.
  }
  return JSON.stringify(value);
}
