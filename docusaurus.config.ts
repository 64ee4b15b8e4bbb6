import {themes as prismThemes, type PrismTheme} from 'prism-react-renderer';
import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';

// Runs in Node.js at build time. A team hosting the site under a sub-path sets
// SITE_URL and BASE_URL (docs/hosting.mdx; scripts/test-nginx.sh serves such a
// build with deploy/nginx.conf).
const siteUrl = process.env.SITE_URL ?? 'https://statefulset-lab.example.org';
const baseUrl = process.env.BASE_URL ?? '/';

/**
 * `theme` with some token colours replaced (keyed by the theme's own value).
 * The github and dracula themes draw a few tokens (comments, numbers, keys)
 * below the 4.5:1 contrast that WCAG asks of text, on their own backgrounds;
 * the replacements keep each hue and only darken (or lighten) it that far.
 */
function withTokenColours(
  theme: PrismTheme,
  colours: Record<string, string>,
): PrismTheme {
  return {
    ...theme,
    styles: theme.styles.map((entry) => {
      const colour = entry.style.color && colours[entry.style.color];
      if (!colour) return entry;
      return {...entry, style: {...entry.style, color: colour}};
    }),
  };
}

// On #f6f8fa, from 2.6-4.3:1 to at least 4.6:1.
const lightCodeTheme = withTokenColours(prismThemes.github, {
  '#999988': '#717161', // comment
  '#e3116c': '#da1067', // string
  '#36acaa': '#277b7a', // number, boolean, variable
  '#00a4db': '#0078a0', // keyword, YAML key (atrule)
  '#d73a49': '#d42d3d', // function, tag
});

// On #282a36, from 3.0:1 to 4.6:1.
const darkCodeTheme = withTokenColours(prismThemes.dracula, {
  'rgb(98, 114, 164)': '#8692b9', // comment
});

const config: Config = {
  title: 'StatefulSet Lab',
  tagline: '動手學 Kubernetes StatefulSet',
  favicon: 'img/favicon.ico',
  future: {v4: true},
  // One storage namespace for both locales: v4 derives it from each locale's
  // base URL, so the light/dark choice (and Docusaurus's other keys) were lost
  // on every language switch.
  storage: {type: 'localStorage', namespace: 'statefulset-lab'},
  url: siteUrl,
  baseUrl,
  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  // Mermaid itself is loaded on demand, only by pages that draw a diagram.
  markdown: {mermaid: true, hooks: {onBrokenMarkdownLinks: 'throw'}},
  themes: [
    '@docusaurus/theme-mermaid',
    [
      // Offline search: the index is built into the static site and searched
      // in the browser, so no query leaves the site. `zh` cuts Chinese text
      // into words (jieba) at build time; `hashed` gives the index file a
      // content hash, so a long cache never serves a stale index.
      '@easyops-cn/docusaurus-search-local',
      {
        language: ['zh', 'en'],
        hashed: true,
        indexBlog: false,
        highlightSearchTermsOnTargetPage: false,
      },
    ],
  ],

  i18n: {
    defaultLocale: 'zh-TW',
    locales: ['zh-TW', 'en'],
    localeConfigs: {
      'zh-TW': {label: '繁體中文', htmlLang: 'zh-Hant-TW'},
      en: {label: 'English', htmlLang: 'en'},
    },
  },

  plugins: ['./src/plugins/editor-chunks.ts'],

  presets: [
    [
      'classic',
      {
        docs: {sidebarPath: './sidebars.ts'},
        blog: false,
        theme: {customCss: './src/css/custom.css'},
      } satisfies Preset.Options,
    ],
  ],

  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    navbar: {
      title: 'StatefulSet Lab',
      logo: {alt: 'StatefulSet Lab', src: 'img/logo.svg'},
      items: [
        {
          type: 'docSidebar',
          sidebarId: 'learn',
          position: 'left',
          label: '學習',
        },
        {to: '/playground', label: '練習場', position: 'left'},
        {type: 'localeDropdown', position: 'right'},
      ],
    },
    // Labels are zh-TW; English ones live in i18n/en/docusaurus-theme-classic.
    footer: {
      style: 'dark',
      links: [
        {
          title: '章節',
          items: [
            {label: '為什麼 Pod 會遺失狀態', to: '/docs/why-pods-lose-state'},
            {
              label: '什麼時候該用 StatefulSet',
              to: '/docs/when-to-use-statefulset',
            },
            {label: 'StatefulSet 的限制', to: '/docs/limitations'},
            {label: '範例逐步解說', to: '/docs/example-walkthrough'},
          ],
        },
        {
          title: '深入 StatefulSet',
          items: [
            {label: 'Pod 的身分', to: '/docs/pod-identity'},
            {label: '有序的部署與擴展', to: '/docs/scaling'},
            {label: '更新策略', to: '/docs/update-strategies'},
            {label: 'PVC 的保留策略', to: '/docs/pvc-retention'},
            {label: '建立後就不能改的欄位', to: '/docs/frozen-fields'},
          ],
        },
        {
          title: '參考資料',
          items: [
            {
              label: 'Kubernetes 文件：StatefulSet',
              href: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/',
            },
          ],
        },
      ],
      copyright: 'StatefulSet Lab',
    },
    prism: {
      theme: lightCodeTheme,
      darkTheme: darkCodeTheme,
      additionalLanguages: ['bash'],
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
