import type {editor, IDisposable, IRange, languages} from 'monaco-editor/editor';
import type {Diagnostic, Range, Severity, TextEdit} from '@site/src/checker';
import type {Monaco} from './load';

/** Marker owner of the checker, so other owners' markers stay untouched. */
export const MARKER_OWNER = 'sts-check';

export function toMonacoRange(range: Range): IRange {
  return {
    startLineNumber: range.line,
    startColumn: range.column,
    endLineNumber: range.endLine,
    endColumn: range.endColumn,
  };
}

export function toEditOperation(
  edit: TextEdit,
): editor.IIdentifiedSingleEditOperation {
  return {range: toMonacoRange(edit), text: edit.newText};
}

/**
 * Shows `diagnostics` as squiggles. `docUrl` turns a diagnostic's docPath into
 * an absolute URL: Monaco renders the marker code as a link to it.
 */
export function setMarkers(
  monaco: Monaco,
  model: editor.ITextModel,
  diagnostics: readonly Diagnostic[],
  docUrl: (docPath: string) => string,
): void {
  const severities: Record<Severity, number> = {
    error: monaco.MarkerSeverity.Error,
    warning: monaco.MarkerSeverity.Warning,
    info: monaco.MarkerSeverity.Info,
  };
  monaco.editor.setModelMarkers(
    model,
    MARKER_OWNER,
    diagnostics.map((diagnostic) => ({
      ...toMonacoRange(diagnostic),
      severity: severities[diagnostic.severity],
      message: toPlainText(diagnostic.message),
      code: {
        value: diagnostic.ruleId,
        target: monaco.Uri.parse(docUrl(diagnostic.docPath)),
      },
    })),
  );
}

/**
 * Offers each diagnostic's fix as a quick fix (light bulb, Ctrl+.) in `model`
 * only. `current` is read when Monaco asks, so it always sees the diagnostics
 * of the text on screen.
 */
export function registerQuickFixes(
  monaco: Monaco,
  model: editor.ITextModel,
  current: () => readonly Diagnostic[],
): IDisposable {
  return monaco.languages.registerCodeActionProvider(
    model.getLanguageId(),
    {
      provideCodeActions(target, range, context) {
        const actions: languages.CodeAction[] = [];
        if (target !== model) return {actions, dispose() {}};

        for (const diagnostic of current()) {
          const {fix} = diagnostic;
          if (!fix) continue;
          if (!monaco.Range.areIntersectingOrTouching(toMonacoRange(diagnostic), range)) {
            continue;
          }
          actions.push({
            title: toPlainText(fix.title),
            kind: 'quickfix',
            isPreferred: true,
            diagnostics: context.markers.filter((marker) =>
              isMarkerOf(marker, diagnostic),
            ),
            edit: {
              edits: fix.edits.map((edit) => ({
                resource: model.uri,
                versionId: model.getVersionId(),
                textEdit: {range: toMonacoRange(edit), text: edit.newText},
              })),
            },
          });
        }
        return {actions, dispose() {}};
      },
    },
    {providedCodeActionKinds: ['quickfix']},
  );
}

function isMarkerOf(marker: editor.IMarkerData, diagnostic: Diagnostic) {
  const code = typeof marker.code === 'string' ? marker.code : marker.code?.value;
  return (
    code === diagnostic.ruleId &&
    marker.startLineNumber === diagnostic.line &&
    marker.startColumn === diagnostic.column
  );
}

/**
 * Monaco shows marker messages and code action titles as plain text, where
 * the checker's `code` spans would keep their backticks; the problem list
 * renders them as code instead.
 */
function toPlainText(message: string): string {
  return message.replace(/`([^`]*)`/g, '$1');
}
