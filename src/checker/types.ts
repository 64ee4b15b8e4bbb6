/**
 * The checker's public shapes. Everything here is plain data, so a result can
 * cross a Web Worker boundary or be printed as JSON by the command line.
 */

export type Locale = 'zh-TW' | 'en';

export type Severity = 'error' | 'warning' | 'info';

/** A 1-based range; `endColumn` is exclusive, as in Monaco. */
export interface Range {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** Replace the text in `range` with `newText`. */
export interface TextEdit extends Range {
  newText: string;
}

/** An edit a quick-fix button can apply as it is. */
export interface Fix {
  /** Shown on the button, in the requested language. */
  title: string;
  edits: TextEdit[];
}

export interface Diagnostic extends Range {
  ruleId: string;
  /** Which of the rule's messages this is; stable across languages. */
  messageId: string;
  severity: Severity;
  /** In the requested language, filled with the actual values. */
  message: string;
  /**
   * The field in the API server's style, such as
   * `spec.volumeClaimTemplates[0].spec.accessModes`; `""` for syntax errors.
   */
  path: string;
  /** 0-based index of the YAML document among all documents of the text. */
  documentIndex: number;
  /**
   * The page that explains the rule, as a site path without the locale prefix
   * (`/docs/rules/<ruleId>`); the site adds its base URL and locale.
   */
  docPath: string;
  fix?: Fix;
}

/** A Kubernetes object found in the text. */
export interface ManifestObject {
  apiVersion: string;
  kind: string;
  name?: string;
  namespace?: string;
  /** 0-based index of the YAML document among all documents of the text. */
  documentIndex: number;
  /** 1-based line where the object starts. */
  line: number;
  /** The object as Kubernetes reads it (YAML 1.1 scalars resolved). */
  value: Record<string, unknown>;
}

export interface CheckOptions {
  /** Language of the messages; zh-TW unless told. */
  locale?: Locale;
  /** The live object(s) in the cluster, to judge `text` as an update of. */
  old?: string;
}

export interface CheckResult {
  diagnostics: Diagnostic[];
  objects: ManifestObject[];
}
