/**
 * Monaco, as much of it as a YAML exercise needs. Only `load.ts` imports this
 * module, through `import()`, so Monaco stays in chunks of its own that pages
 * without an editor never request.
 */
import * as monaco from 'monaco-editor/editor';
import {DARK_THEME, DARK_THEME_DATA} from './themes';

// `monaco-editor/editor` is the bare editor; each feature registers itself.
// Kept: what a reader needs to edit YAML and act on the checker's markers.
// Left out, among others: Monaco's context menu and its clipboard commands
// (the browser's own menu and Ctrl+C/V work), suggestions, the command palette.
import 'monaco-editor/features/codicon/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/codeAction/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/features/toggleTabFocusMode/register';
// The YAML tokenizer; it loads its grammar lazily, in one more small chunk.
import 'monaco-editor/languages/definitions/yaml/register';

// Monaco computes some things (word ranges, link detection) in a worker. The
// bundler turns this `new Worker(new URL(...))` into a separate worker chunk.
globalThis.MonacoEnvironment = {
  getWorker: () =>
    new Worker(
      new URL('monaco-editor/editor/editor.worker', import.meta.url),
      {type: 'module'},
    ),
};

monaco.editor.defineTheme(DARK_THEME, DARK_THEME_DATA);

export {monaco};
