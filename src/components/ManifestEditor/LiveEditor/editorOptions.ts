import type {editor, IDisposable} from 'monaco-editor/editor';
import type {Monaco} from '../monaco/load';

export const LINE_HEIGHT = 20;
const PADDING = 8;
const MIN_LINES = 4;
const MAX_LINES = 32;

/** Options every manifest editor shares; the caller adds model and label. */
export const EDITOR_OPTIONS: editor.IStandaloneEditorConstructionOptions = {
  automaticLayout: true,
  fontFamily:
    "SFMono-Regular, Menlo, Monaco, Consolas, 'Liberation Mono', 'Courier New', monospace",
  fontSize: 14,
  lineHeight: LINE_HEIGHT,
  padding: {top: PADDING, bottom: PADDING},
  // Kubernetes examples indent by two spaces; never insert tab characters,
  // which YAML forbids in indentation.
  tabSize: 2,
  insertSpaces: true,
  detectIndentation: false,
  minimap: {enabled: false},
  lineNumbersMinChars: 3,
  scrollBeyondLastLine: false,
  // The editor grows with its text up to MAX_LINES; until then the wheel must
  // keep scrolling the page, not get stuck in the editor.
  scrollbar: {alwaysConsumeMouseWheel: false},
  // Hovers and the quick-fix menu may reach past the editor's box.
  fixedOverflowWidgets: true,
  stickyScroll: {enabled: false},
  renderLineHighlightOnlyWhenFocus: true,
  // Monaco greys out the number of the empty line after a final newline, to
  // 1.8:1 on the background; text needs 4.5:1, and that line is one to type in.
  renderFinalNewline: 'on',
};

/**
 * On a phone a 375-pixel editor shows about 35 characters: long `image:` and
 * `command:` lines wrap (indented under their key) instead of scrolling
 * sideways, and the gutter gives up folding to leave room for the text.
 */
export function narrowScreenOptions(): editor.IEditorOptions {
  const isNarrow =
    typeof window !== 'undefined' &&
    window.matchMedia('(max-width: 600px)').matches;
  if (!isNarrow) return {};
  return {
    wordWrap: 'on',
    wrappingIndent: 'deepIndent',
    folding: false,
    lineNumbersMinChars: 2,
    lineDecorationsWidth: 6,
  };
}

/** A height for `text` before Monaco has measured it, to limit layout shift. */
export function estimateHeight(text: string): number {
  const lines = text.split('\n').length;
  return clampHeight(lines * LINE_HEIGHT + 2 * PADDING);
}

export function clampHeight(contentHeight: number): number {
  return Math.min(
    Math.max(contentHeight, MIN_LINES * LINE_HEIGHT + 2 * PADDING),
    MAX_LINES * LINE_HEIGHT + 2 * PADDING,
  );
}

/**
 * Tab indents, as YAML authors expect, so keyboard users need another way out
 * of the editor (WCAG 2.1.2, no keyboard trap). As in CodeMirror, Esc then Tab
 * (or Shift+Tab) moves focus on; any other key gives Tab back to indenting.
 * Monaco's own Ctrl+M (macOS: Ctrl+Shift+M) still switches Tab for good.
 *
 * We chose this over `tabFocusMode: true` because indenting with spaces by
 * hand, line after line, is what an exercise in fixing YAML asks of readers.
 */
export function letEscapeReleaseTab(
  monaco: Monaco,
  editor: editor.IStandaloneCodeEditor,
): IDisposable[] {
  let isReleased = false;
  const release = (value: boolean) => {
    if (isReleased === value) return;
    isReleased = value;
    editor.updateOptions({tabFocusMode: value});
  };

  const {KeyCode} = monaco;
  const keepsRelease = new Set([KeyCode.Tab, KeyCode.Shift, KeyCode.Escape]);
  return [
    editor.onKeyDown((event) => {
      if (event.keyCode === KeyCode.Escape) release(true);
      else if (!keepsRelease.has(event.keyCode)) release(false);
    }),
    editor.onDidBlurEditorText(() => release(false)),
  ];
}
