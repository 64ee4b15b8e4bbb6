import {isMap, isSeq, type Node} from 'yaml';
import {echo, fillTemplate} from './format';
import type {Report, Rule, RuleContext} from './rule';
import {RULES, ruleById} from './rules';
import {isRecord} from './k8s/objects';
import {reportSyntax} from './syntax';
import type {
  CheckOptions,
  CheckResult,
  Diagnostic,
  Locale,
  ManifestObject,
} from './types';
import {parseText, type ParsedText} from './yaml/parse';
import {formatPath, locate, toRange} from './yaml/locate';

/**
 * Judges a text of Kubernetes manifests as the API server would (errors) and
 * as a StatefulSet needs (warnings). Never throws on user input.
 */
const FAILED_RULE = ruleById('checker-rule-failed');

export function check(text: string, options: CheckOptions = {}): CheckResult {
  const locale = options.locale ?? 'zh-TW';
  const parsed = parseText(text);
  const objects = collectObjects(parsed);
  const oldObjects =
    options.old === undefined ? [] : collectObjects(parseText(options.old));

  const diagnostics: Diagnostic[] = [];
  const emit = (rule: Rule, documentIndex: number, report: Report, range: Diagnostic) =>
    diagnostics.push(toDiagnostic(rule, locale, documentIndex, report, range));
  reportSyntax(parsed, objects, (ruleId, documentIndex, report, range) =>
    emit(ruleById(ruleId), documentIndex, report, {...range} as Diagnostic),
  );

  for (const object of objects) {
    const node = NODES.get(object) ?? null;
    const old = oldObjects.find(
      (candidate) => candidate.kind === object.kind && candidate.name === object.name,
    );
    const rangeOf: RuleContext['rangeOf'] = (path) =>
      locate(node, path, parsed.lineCounter, node?.range?.[0] ?? 0);
    // One context per object, shared by its rules: on every keystroke the
    // editor runs each rule, and a context per rule was most of the checker's
    // own cost over the parse (see `npm run bench`).
    let activeRule: Rule = FAILED_RULE;
    const context: RuleContext = {
      object,
      objects,
      old,
      node,
      rangeOf,
      report: (report) =>
        emit(activeRule, object.documentIndex, report, rangeOf(report.path) as Diagnostic),
    };
    for (const rule of RULES) {
      if (!rule.check || !appliesTo(rule, object.kind)) continue;
      activeRule = rule;
      try {
        rule.check(context);
      } catch {
        // A rule that throws is a bug; it must not hide every other diagnostic.
        activeRule = FAILED_RULE;
        context.report({path: [], messageId: 'failed', data: {ruleId: rule.id}});
      }
    }
  }

  diagnostics.sort((a, b) => a.line - b.line || a.column - b.column);
  return {diagnostics, objects};
}

function appliesTo(rule: Rule, kind: string): boolean {
  return rule.kinds.includes('*') || rule.kinds.includes(kind);
}

// Each object's YAML node, kept out of ManifestObject so results stay plain data.
const NODES = new WeakMap<ManifestObject, Node>();

/** The documents that parsed into a mapping, as Kubernetes objects. */
function collectObjects(parsed: ParsedText): ManifestObject[] {
  const objects: ManifestObject[] = [];
  const add = (value: Record<string, unknown>, node: Node, documentIndex: number) => {
    const metadata = isRecord(value.metadata) ? value.metadata : {};
    const start = node.range?.[0] ?? 0;
    const object: ManifestObject = {
      apiVersion: typeof value.apiVersion === 'string' ? value.apiVersion : '',
      kind: typeof value.kind === 'string' ? value.kind : '',
      name: typeof metadata.name === 'string' ? metadata.name : undefined,
      namespace: typeof metadata.namespace === 'string' ? metadata.namespace : undefined,
      documentIndex,
      line: toRange(parsed.lineCounter, start, start).line,
      value,
    };
    NODES.set(object, node);
    objects.push(object);
  };

  for (const {value, doc, index} of parsed.documents) {
    if (!isMap(doc.contents) || !isRecord(value)) continue;
    // kubectl unpacks `kind: List` (what `kubectl get -o yaml` prints) into its items.
    const items = doc.contents.get('items', true);
    if (value.kind === 'List' && Array.isArray(value.items) && isSeq(items)) {
      value.items.forEach((item, i) => {
        const node = items.items[i];
        if (isRecord(item) && isMap(node)) add(item, node, index);
      });
    } else {
      add(value, doc.contents, index);
    }
  }
  return objects;
}

function toDiagnostic(
  rule: Rule,
  locale: Locale,
  documentIndex: number,
  report: Report,
  range: Diagnostic,
): Diagnostic {
  const data = echoAll(report.data);
  const diagnostic: Diagnostic = {
    ruleId: rule.id,
    messageId: report.messageId,
    severity: report.severity ?? rule.severity,
    message: fillTemplate(rule.messages[locale][report.messageId] ?? report.messageId, data),
    path: formatPath(report.path),
    line: range.line,
    column: range.column,
    endLine: range.endLine,
    endColumn: range.endColumn,
    documentIndex,
    docPath: `/docs/rules/${rule.id}`,
  };
  if (report.fix) {
    const title = rule.messages[locale][report.fix.messageId] ?? report.fix.messageId;
    diagnostic.fix = {
      title: fillTemplate(title, echoAll(report.fix.data)),
      edits: report.fix.edits,
    };
  }
  return diagnostic;
}

function echoAll(data: Report['data']): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(data ?? {})) {
    out[name] = typeof value === 'number' ? value : echo(value);
  }
  return out;
}
