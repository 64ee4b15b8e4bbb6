import type {Diagnostic} from '../checker';
import type {PreviewNotice, PreviewPart} from './types';

// The checker's rules for text it could not turn into objects: a document
// with any of these has no object in CheckResult.objects.
const UNREADABLE_RULES = new Set([
  'yaml-syntax',
  'yaml-duplicate-key',
  'yaml-too-deep',
  'yaml-alias-limit',
]);

/** Reported when the text is empty, binary, or not a mapping at all. */
export const NOT_A_MANIFEST_RULE = 'not-a-manifest';

/** The first diagnostic of every document that could not be read, by index. */
export function unreadableDocuments(
  diagnostics: readonly Diagnostic[],
): Map<number, Diagnostic> {
  const documents = new Map<number, Diagnostic>();
  for (const diagnostic of diagnostics) {
    if (!UNREADABLE_RULES.has(diagnostic.ruleId)) continue;
    if (!documents.has(diagnostic.documentIndex)) {
      documents.set(diagnostic.documentIndex, diagnostic);
    }
  }
  return documents;
}

/**
 * The errors reported on one document, in order. A `kind: List` holds several
 * objects in one document, so there an error of one item counts for all.
 */
export function errorsIn(
  diagnostics: readonly Diagnostic[],
  documentIndex: number,
): Diagnostic[] {
  return diagnostics.filter(
    (d) => d.severity === 'error' && d.documentIndex === documentIndex,
  );
}

// The fields each part of a StatefulSet's preview is computed from. An error
// elsewhere (the Pod template, the selector) rejects the object but does not
// change the names shown.
const PARTS_BY_FIELD: ReadonlyArray<[RegExp, PreviewPart]> = [
  [/^metadata\.(name|namespace)\b/, 'statefulSet'],
  [/^spec\.(replicas|ordinals)\b/, 'pods'],
  [/^spec\.serviceName\b/, 'dns'],
  [/^spec\.volumeClaimTemplates\b/, 'claims'],
];

/**
 * What a StatefulSet's errors mean for its preview: that the API server
 * would create none of it, and which shown parts come from a field in error.
 */
export function noticesForErrors(errors: readonly Diagnostic[]): PreviewNotice[] {
  if (errors.length === 0) return [];

  const notices: PreviewNotice[] = [
    {
      id: 'statefulSetRejected',
      effect: 'unreliable',
      part: 'statefulSet',
      data: {count: errors.length, line: errors[0].line},
    },
  ];
  for (const [pattern, part] of PARTS_BY_FIELD) {
    const error = errors.find((d) => pattern.test(d.path));
    if (!error) continue;
    notices.push({
      id: 'fieldHasErrors',
      effect: 'unreliable',
      part,
      data: {path: error.path, line: error.line},
    });
  }
  return notices;
}
