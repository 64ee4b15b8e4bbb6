import {LineIndex} from './lines';
import {
  parseAllDocuments,
  type Document,
  type YAMLError,
} from 'yaml';

/** One YAML document of the text, with what its parser said about it. */
export interface ParsedDocument {
  index: number;
  doc: Document.Parsed;
  /** The value as Kubernetes reads it; undefined when it cannot be built. */
  value: unknown;
  /** Why `value` could not be built (an alias bomb, say), if so. */
  valueError?: 'alias-limit' | 'too-deep';
  /** True when the document holds nothing but comments or markers. */
  isEmpty: boolean;
}

export interface ParsedText {
  /** The text the offsets refer to (a leading BOM removed). */
  text: string;
  lineCounter: LineIndex;
  documents: ParsedDocument[];
  syntaxErrors: YAMLError[];
}

// Kubernetes reads YAML with go-yaml v2, so YAML 1.1 scalars apply: `0755` is
// octal and unquoted `yes`/`on` are booleans.
const YAML_VERSION = '1.1';

// A manifest has a handful of aliases at most; billion-laughs style inputs
// need thousands, and expanding them would exhaust memory.
const MAX_ALIAS_COUNT = 100;

/** Parses every document of `source`; never throws. */
export function parseText(source: string): ParsedText {
  // kubectl ignores a leading byte order mark, and so do our columns.
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  const lineCounter = new LineIndex(text);
  const parsed = parseAllDocuments(text, {
    version: YAML_VERSION,
    prettyErrors: false,
    uniqueKeys: true,
  });
  const docs = Array.isArray(parsed) ? parsed : [];
  const syntaxErrors = docs.flatMap((doc) => doc.errors);

  const documents = docs.map((doc, index) => toParsedDocument(doc, index));
  return {text, lineCounter, documents, syntaxErrors};
}

function toParsedDocument(doc: Document.Parsed, index: number): ParsedDocument {
  const isEmpty = doc.contents === null;
  if (doc.errors.length > 0) {
    return {index, doc, value: undefined, isEmpty};
  }
  try {
    const value = doc.toJS({maxAliasCount: MAX_ALIAS_COUNT});
    return {index, doc, value, isEmpty};
  } catch (error) {
    const valueError =
      error instanceof RangeError ? ('too-deep' as const) : ('alias-limit' as const);
    return {index, doc, value: undefined, valueError, isEmpty};
  }
}
