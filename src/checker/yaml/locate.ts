import {isMap, isPair, isScalar, isSeq, type Node} from 'yaml';
import type {LineIndex} from './lines';
import type {Range} from '../types';

/** A field's place in an object: keys and list indexes from the root. */
export type FieldPath = ReadonlyArray<string | number>;

/** `['spec', 'volumeClaimTemplates', 0, 'spec']` → `spec.volumeClaimTemplates[0].spec` */
export function formatPath(path: FieldPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(segment)) out += out ? `.${segment}` : segment;
    // Label and annotation keys hold dots and slashes; the API server writes
    // such map keys in brackets, as in `metadata.labels[app.kubernetes.io/name]`.
    else out += `[${segment}]`;
  }
  return out;
}

interface Located {
  /** The key node of the deepest field found, if it has one. */
  key?: Node;
  /** The value node of the deepest field found. */
  value?: Node | null;
  /** True when the whole path exists. */
  isFound: boolean;
}

/** Walks `path` through the document's nodes as far as it exists. */
function walk(root: Node | null, path: FieldPath): Located {
  let located: Located = {value: root, isFound: true};
  for (const segment of path) {
    const node = located.value;
    if (isMap(node)) {
      const pair = node.items.find((item) => keyText(item.key) === String(segment));
      if (!pair) return {...located, isFound: false};
      located = {key: pair.key as Node, value: pair.value as Node | null, isFound: true};
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment];
      if (item === undefined) return {...located, isFound: false};
      // A pair here is a `- key: value` shorthand for a one-entry map.
      const value = isPair(item) ? null : (item as Node | null);
      located = {key: undefined, value, isFound: true};
    } else {
      return {...located, isFound: false};
    }
  }
  return located;
}

function keyText(key: unknown): string | undefined {
  if (isScalar(key)) return String(key.value);
  return undefined;
}

/**
 * The range a diagnostic about `path` should underline: the value itself when
 * it is a scalar or a flow collection on its line, otherwise the key (for a
 * block collection, or where the field is missing: the key of its parent).
 */
export function locate(
  root: Node | null,
  path: FieldPath,
  lineCounter: LineIndex,
  fallbackOffset = 0,
): Range {
  const {key, value, isFound} = walk(root, path);
  const target = isFound && isInline(value) ? value : (key ?? value);
  const range = target?.range;
  if (!range) return toRange(lineCounter, fallbackOffset, fallbackOffset + 1);
  return toRange(lineCounter, range[0], Math.max(range[1], range[0] + 1));
}

/** Whether the path exists in the document. */
export function hasPath(root: Node | null, path: FieldPath): boolean {
  return walk(root, path).isFound;
}

function isInline(node: Node | null | undefined): node is Node {
  if (!node?.range) return false;
  if (isScalar(node)) return node.range[1] > node.range[0];
  return (isMap(node) || isSeq(node)) && node.flow === true;
}

/** Offsets (end exclusive) → a 1-based range. */
export function toRange(lineCounter: LineIndex, start: number, end: number): Range {
  const from = lineCounter.linePos(start);
  const to = lineCounter.linePos(end);
  return {
    line: from.line,
    column: Math.min(from.col, lastColumn(lineCounter, from.line)),
    endLine: to.line,
    endColumn: Math.min(to.col, lastColumn(lineCounter, to.line)),
  };
}

// A range that ends on a line break would point past the line's last
// character; editors want it to stop right after that character.
function lastColumn(lineCounter: LineIndex, line: number): number {
  const {lineStarts, text} = lineCounter;
  const end = line < lineStarts.length ? lineStarts[line] - 1 : text.length;
  return end - lineStarts[line - 1] + 1;
}
