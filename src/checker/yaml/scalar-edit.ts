import {isCollection, isScalar, parse, Scalar, type Node} from 'yaml';
import type {RuleContext} from '../rule';
import type {Range} from '../types';
import type {FieldPath} from './locate';

/**
 * An edit that replaces the string scalar at `path` with `value`, keeping the
 * reader's quotes. A plain scalar gets double quotes when YAML 1.1 would read
 * the new text as something other than that string (`yes`, `0644`, `1e3`).
 * Undefined for block scalars and where the path holds no scalar.
 */
export function replaceString(
  context: RuleContext,
  path: FieldPath,
  value: string,
): (Range & {newText: string}) | undefined {
  const node = scalarAt(context.node, path);
  if (!node) return undefined;
  let newText: string;
  switch (node.type) {
    case Scalar.QUOTE_DOUBLE:
      newText = JSON.stringify(value);
      break;
    case Scalar.QUOTE_SINGLE:
      newText = `'${value.replace(/'/g, "''")}'`;
      break;
    case Scalar.PLAIN:
      newText = readsAsString(value) ? value : JSON.stringify(value);
      break;
    default:
      return undefined;
  }
  return {...context.rangeOf(path), newText};
}

/** The scalar node at `path`, if there is one. */
export function scalarAt(root: Node | null, path: FieldPath): Scalar | undefined {
  if (!isCollection(root)) return undefined;
  const node = path.length === 0 ? root : root.getIn(path, true);
  return isScalar(node) ? node : undefined;
}

// Names, images and label values: a letter first, then no character that
// YAML gives a meaning to. Such text reads back as itself unless it is one of
// YAML 1.1's booleans or null, so it needs no parse (fixes are built on every
// keystroke).
const SAFE_PLAIN = /^[A-Za-z][A-Za-z0-9._/:-]*$/;
const YAML11_KEYWORDS = /^(?:y|n|yes|no|true|false|on|off|null)$/i;

function readsAsString(text: string): boolean {
  if (SAFE_PLAIN.test(text) && !text.endsWith(':')) return !YAML11_KEYWORDS.test(text);
  try {
    return parse(text, {version: '1.1'}) === text;
  } catch {
    return false;
  }
}
