import type {Node} from 'yaml';
import type {Locale, ManifestObject, Range, Severity} from './types';
import type {FieldPath} from './yaml/locate';

/** Text in both of the site's languages. */
export type Localized = Record<Locale, string>;

/** Values that fill a message's `{placeholders}`. */
export type MessageData = Record<string, string | number>;

/** What a rule's page in the rule reference shows; see docs/rules. */
export interface RuleDocs {
  /** One line: what the rule checks. */
  summary: Localized;
  /** Why it matters for a StatefulSet. */
  why: Localized;
  /** A manifest the rule reports (the build verifies it does). */
  bad: string;
  /** The same manifest, fixed (the build verifies the rule is silent). */
  good: string;
  /** For update rules: the live object both examples are judged against. */
  old?: string;
  /** The Kubernetes source of the rule: code, docs page or issue. */
  source: string;
  /** What the rule cannot see, if anything. */
  limitations?: Localized;
}

/**
 * A rule: one file under rules/, named after its id. `check` runs once for
 * every object whose kind is in `kinds` (`'*'`: every object).
 */
export interface Rule {
  id: string;
  severity: Severity;
  kinds: ReadonlyArray<string>;
  /** Message templates by id, per language; `{name}` is filled at run time. */
  messages: Record<Locale, Record<string, string>>;
  docs: RuleDocs;
  check?: (context: RuleContext) => void;
}

export interface FixSpec {
  /** Id of the message, in this rule's `messages`, that titles the fix. */
  messageId: string;
  data?: MessageData;
  edits: Array<Range & {newText: string}>;
}

export interface Report {
  path: FieldPath;
  messageId: string;
  data?: MessageData;
  /** Where the rule's usual severity does not fit this case. */
  severity?: Severity;
  fix?: FixSpec;
}

export interface RuleContext {
  object: ManifestObject;
  /** Every object of the text, in order, the current one included. */
  objects: ReadonlyArray<ManifestObject>;
  /** The live object with the same kind and name, when checking an update. */
  old?: ManifestObject;
  /** The object's node in the YAML document, for rules that need positions. */
  node: Node | null;
  report(report: Report): void;
  /** The range `report` would underline for `path`. */
  rangeOf(path: FieldPath): Range;
}
