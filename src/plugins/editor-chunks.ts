import type {Plugin} from '@docusaurus/types';

// Matches Monaco's own stylesheets and scripts inside node_modules.
const MONACO = /[\\/]node_modules[\\/]monaco-editor[\\/]/;

/**
 * Keeps Monaco's stylesheets out of the site's one global CSS file.
 *
 * Docusaurus extracts every stylesheet of every chunk, lazy ones included,
 * into a single `styles.css` that each page loads (its `styles` cache group,
 * see facebook/docusaurus#2006). Monaco brings about 200 KB of CSS, so
 * without this every page would pay for it. A cache group of higher priority
 * puts Monaco's CSS into a chunk of its own, requested together with the lazy
 * Monaco script, only on pages that show an editor.
 */
export default function editorChunks(): Plugin {
  return {
    name: 'statefulset-lab-editor-chunks',
    configureWebpack(_config, isServer) {
      if (isServer) return {};
      return {
        optimization: {
          splitChunks: {
            cacheGroups: {
              monacoStyles: {
                name: 'monaco-styles',
                type: 'css/mini-extract',
                test: MONACO,
                chunks: 'async',
                enforce: true,
                priority: 60,
              },
            },
          },
        },
      };
    },
  };
}
