import {isCollection, isMap, isScalar, parse, Scalar, type Pair} from 'yaml';
import type {RuleContext} from '../rule';
import type {Range, TextEdit} from '../types';
import type {FieldPath} from './locate';

// Edits on whole fields (rename a key, drop a line, add a block) for quick
// fixes. Each returns undefined unless the edit is plainly safe: block
// mappings only, where one field is one line.

// No key is ever named this, so the path one step past a field leads
// `rangeOf` to that field's key, whatever its value looks like.
const PAST_THE_FIELD = '\u0000';

/** The range of the key of the field at `path` (not of its value). */
export function keyRangeOf(context: RuleContext, path: FieldPath): Range {
  return context.rangeOf([...path, PAST_THE_FIELD]);
}

/** The node at `path` (scalars as nodes, not values). */
function nodeAt(context: RuleContext, path: FieldPath): unknown {
  const root = context.node;
  if (path.length === 0) return root;
  return isCollection(root) ? root.getIn(path, true) : undefined;
}

/** The pair at `path` in a block mapping, if there is one. */
function blockPairAt(context: RuleContext, path: FieldPath): Pair | undefined {
  const parent = nodeAt(context, path.slice(0, -1));
  if (!isMap(parent) || parent.flow) return undefined;
  const name = String(path[path.length - 1]);
  return parent.items.find((pair) => isScalar(pair.key) && String(pair.key.value) === name);
}

/** Renames the key at `path` to `newKey`, if the key is written plain. */
export function renameKey(
  context: RuleContext,
  path: FieldPath,
  newKey: string,
): TextEdit | undefined {
  const pair = blockPairAt(context, path);
  if (!pair || !isScalar(pair.key) || pair.key.type !== Scalar.PLAIN) return undefined;
  return {...keyRangeOf(context, path), newText: newKey};
}

/**
 * Deletes the line of the field at `path`, when the field is `key: scalar`
 * alone on its line of a block mapping.
 */
export function deleteFieldLine(context: RuleContext, path: FieldPath): TextEdit | undefined {
  const pair = blockPairAt(context, path);
  if (!pair || !isScalar(pair.value)) return undefined;
  const key = keyRangeOf(context, path);
  const value = context.rangeOf(path);
  if (value.line !== key.line || value.endLine !== key.line) return undefined;
  return {line: key.line, column: 1, endLine: key.line + 1, endColumn: 1, newText: ''};
}

/**
 * Inserts `lines` (YAML written for indentation 0, one string per line) as
 * the first fields of the block mapping at `path`, indented like its fields.
 */
export function insertFirstFields(
  context: RuleContext,
  path: FieldPath,
  lines: ReadonlyArray<string>,
): TextEdit | undefined {
  const map = nodeAt(context, path);
  if (!isMap(map) || map.flow || map.items.length === 0) return undefined;
  const first = map.items[0];
  if (!isScalar(first.key)) return undefined;
  const firstKey = keyRangeOf(context, [...path, String(first.key.value)]);
  const own = path.length === 0 ? undefined : keyRangeOf(context, path);
  // The first field must start its own line, below the mapping's key.
  if (own && firstKey.line === own.line) return undefined;
  const indent = ' '.repeat(firstKey.column - 1);
  const text = lines.map((line) => `${indent}${line}\n`).join('');
  return {line: firstKey.line, column: 1, endLine: firstKey.line, endColumn: 1, newText: text};
}

/** `text` as a YAML 1.1 scalar that reads back as that string. */
export function yamlString(text: string): string {
  try {
    if (text !== '' && parse(text, {version: '1.1'}) === text) return text;
  } catch {
    // Not plain YAML (`a: b`, `[x`): quote it.
  }
  return JSON.stringify(text);
}
