import {isMap, isSeq, isScalar, isPair, type Node, type YAMLError} from 'yaml';
import type {Report} from './rule';
import type {ManifestObject, Range} from './types';
import type {FieldPath} from './yaml/locate';
import {toRange} from './yaml/locate';
import type {ParsedText} from './yaml/parse';

type Emit = (ruleId: string, documentIndex: number, report: Report, range: Range) => void;

/**
 * What goes wrong before any object can be judged: text that is not YAML,
 * duplicate keys, alias bombs, and a text with no object in it.
 */
export function reportSyntax(
  parsed: ParsedText,
  objects: ReadonlyArray<ManifestObject>,
  emit: Emit,
): void {
  const {lineCounter} = parsed;
  const length = parsed.text.length;
  // Parsers report errors at the end of the text as one past it; clamp.
  const at = (start: number, end = start + 1) =>
    toRange(lineCounter, Math.min(start, length), Math.min(end, length));

  if (isBinary(parsed.text)) {
    emit('not-a-manifest', 0, {path: [], messageId: 'binary'}, at(0));
    return;
  }

  for (const document of parsed.documents) {
    // After the first syntax error a parser mostly reports its consequences;
    // one clear message beats five confusing ones.
    const syntaxErrors = document.doc.errors.filter((e) => e.code !== 'DUPLICATE_KEY');
    const shown = [...document.doc.errors.filter((e) => e.code === 'DUPLICATE_KEY'), ...syntaxErrors.slice(0, 1)];
    for (const error of shown) {
      const [start, end] = error.pos;
      if (error.code === 'DUPLICATE_KEY') {
        const path = pathAtOffset(document.doc.contents as Node | null, start);
        const key = keyTextAt(parsed.text, start, end);
        emit('yaml-duplicate-key', document.index, {path, messageId: 'duplicate', data: {key}}, at(start, end));
      } else if (error.code === 'RESOURCE_EXHAUSTION') {
        emit('yaml-too-deep', document.index, {path: [], messageId: 'tooDeep'}, at(start, end));
      } else if (overIndentedLine(parsed.text, error) !== undefined) {
        const lineStart = overIndentedLine(parsed.text, error) ?? start;
        const keyStart = lineStart + (/^ */.exec(parsed.text.slice(lineStart))?.[0].length ?? 0);
        emit('yaml-syntax', document.index, {path: [], messageId: 'indentTooDeep'}, at(lineStart, Math.max(keyStart, lineStart + 1)));
      } else {
        const from = openingQuoteBefore(parsed.text, error) ?? start;
        emit('yaml-syntax', document.index, syntaxReport(error), at(from, Math.max(end, from + 1)));
      }
    }
    if (document.valueError === 'alias-limit') {
      emit('yaml-alias-limit', document.index, {path: [], messageId: 'aliases'}, at(document.doc.range[0]));
    } else if (document.valueError === 'too-deep') {
      emit('yaml-too-deep', document.index, {path: [], messageId: 'tooDeep'}, at(document.doc.range[0]));
    }
  }

  const hasProblems = parsed.documents.some((d) => d.doc.errors.length > 0 || d.valueError);
  if (objects.length === 0 && !hasProblems) {
    const firstContent = parsed.documents.find((d) => !d.isEmpty);
    if (firstContent) {
      const start = firstContent.doc.range[0];
      emit('not-a-manifest', firstContent.index, {path: [], messageId: 'notMapping'}, at(start));
    } else {
      emit('not-a-manifest', 0, {path: [], messageId: 'empty'}, at(0, 0));
    }
  }
}

// NUL never appears in a manifest; many replacement characters mean the
// bytes were not UTF-8 to begin with.
function isBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const replacements = text.match(/\ufffd/g)?.length ?? 0;
  return replacements > 8 && replacements > text.length / 100;
}

// The yaml package's error codes, grouped by what a reader should do.
const SYNTAX_MESSAGES: Record<string, string> = {
  TAB_AS_INDENT: 'tab',
  BAD_INDENT: 'indent',
  MISSING_CHAR: 'unclosed',
  MULTILINE_IMPLICIT_KEY: 'missingColon',
  BLOCK_AS_IMPLICIT_KEY: 'missingColon',
  UNEXPECTED_TOKEN: 'unexpected',
};

function syntaxReport(error: YAMLError): Report {
  const messageId = SYNTAX_MESSAGES[error.code] ?? 'other';
  // The parser's own words, first line only, for what our groups do not name.
  const detail = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  return {path: [], messageId, data: {detail}};
}

// A `key: value` line indented deeper than the field above it turns that
// field's plain value into a multi-line key (`nginx replicas`), and the parser
// blames the line above for a missing colon. The reader needs the line that
// moved: the first continuation line that reads as a key of its own.
function overIndentedLine(text: string, error: YAMLError): number | undefined {
  if (error.code !== 'MULTILINE_IMPLICIT_KEY' && error.code !== 'BLOCK_AS_IMPLICIT_KEY') return undefined;
  const lineEnd = text.indexOf('\n', error.pos[0]);
  if (lineEnd < 0) return undefined;
  const lineStart = text.lastIndexOf('\n', error.pos[0]) + 1;
  const indent = (line: string) => /^ */.exec(line)?.[0].length ?? 0;
  const current = text.slice(lineStart, lineEnd);
  const next = text.slice(lineEnd + 1, text.indexOf('\n', lineEnd + 1) >>> 0);
  const isKeyLine = /^ +[^\s#:][^:]*:(?:\s|$)/.test(next);
  return isKeyLine && indent(next) > indent(current) ? lineEnd + 1 : undefined;
}

// The parser notices a missing closing quote only at the end of the text; the
// reader needs the line where the quote was opened.
function openingQuoteBefore(text: string, error: YAMLError): number | undefined {
  const quote = /Missing closing (["'])quote/.exec(error.message)?.[1];
  if (!quote) return undefined;
  const opening = new RegExp(`(?:^|[:\\-\\[,{]\\s*)(${quote})[^${quote}\\n]*$`, 'gm');
  let found: number | undefined;
  for (const match of text.slice(0, error.pos[0]).matchAll(opening)) {
    found = (match.index ?? 0) + match[0].lastIndexOf(quote);
  }
  return found;
}

function keyTextAt(text: string, start: number, end: number): string {
  return text.slice(start, Math.max(end, text.indexOf(':', start))).trim();
}

/** The field path of the deepest node that contains `offset`. */
export function pathAtOffset(root: Node | null, offset: number): FieldPath {
  const path: Array<string | number> = [];
  let node: unknown = root;
  for (;;) {
    if (isMap(node)) {
      const pair = node.items.find((item) => contains(item.key, offset) || contains(item.value, offset));
      if (!pair) break;
      path.push(isScalar(pair.key) ? String(pair.key.value) : '?');
      if (contains(pair.key, offset)) break;
      node = pair.value;
    } else if (isSeq(node)) {
      const index = node.items.findIndex((item) => contains(isPair(item) ? item.key : item, offset) || contains(isPair(item) ? item.value : null, offset));
      if (index < 0) break;
      path.push(index);
      node = node.items[index];
    } else {
      break;
    }
  }
  return path;
}

function contains(node: unknown, offset: number): boolean {
  const range = (node as Node | null)?.range;
  return Boolean(range && range[0] <= offset && offset < range[2]);
}
