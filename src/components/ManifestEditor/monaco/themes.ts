/**
 * The editors' colour themes. Kept apart from `setup.ts` so the editor
 * component can name them without importing Monaco itself.
 */
import type {editor} from 'monaco-editor/editor';

export const LIGHT_THEME = 'vs';

export const DARK_THEME = 'statefulset-lab-dark';

/**
 * Monaco's `vs-dark` with comments in #6A9955 (5.0:1 on its #1E1E1E), the
 * colour VS Code's own dark theme moved to: Monaco's #608B4E is 4.2:1, under
 * the 4.5:1 that WCAG asks of text.
 */
export const DARK_THEME_DATA: editor.IStandaloneThemeData = {
  base: 'vs-dark',
  inherit: true,
  rules: [{token: 'comment', foreground: '6A9955'}],
  colors: {},
};
