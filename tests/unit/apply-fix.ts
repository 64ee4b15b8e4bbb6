import {check} from '../../src/checker';
import type {TextEdit} from '../../src/checker';

/** `text` with `edits` applied, as the editor's quick fix would apply them. */
export function applyEdits(text: string, edits: ReadonlyArray<TextEdit>): string {
  const lines = text.split('\n');
  const offset = (line: number, column: number) => {
    let at = 0;
    for (let i = 0; i < line - 1 && i < lines.length; i++) at += lines[i].length + 1;
    return Math.min(at + column - 1, text.length);
  };
  // Back to front, so earlier offsets stay valid.
  const sorted = [...edits].sort((a, b) => b.line - a.line || b.column - a.column);
  let out = text;
  for (const edit of sorted) {
    const start = offset(edit.line, edit.column);
    const end = offset(edit.endLine, edit.endColumn);
    out = out.slice(0, start) + edit.newText + out.slice(end);
  }
  return out;
}

/**
 * Applies the fix of the first diagnostic of `ruleId` on `code` and returns
 * the new text; throws when there is no such fix.
 */
export function fixOnce(ruleId: string, code: string): string {
  const diagnostic = check(code, {locale: 'en'}).diagnostics.find(
    (d) => d.ruleId === ruleId && d.fix,
  );
  if (!diagnostic?.fix) throw new Error(`${ruleId} offers no fix here`);
  return applyEdits(code, diagnostic.fix.edits);
}

/** The diagnostics of `ruleId` on `code`. */
export function diagnosticsOf(ruleId: string, code: string) {
  return check(code, {locale: 'en'}).diagnostics.filter((d) => d.ruleId === ruleId);
}
