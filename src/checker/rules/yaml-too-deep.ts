import type {Rule} from '../rule';

/** Nesting deeper than a parser can follow. Reported by syntax.ts. */
export const rule: Rule = {
  id: 'yaml-too-deep',
  severity: 'error',
  kinds: [],
  messages: {
    en: {
      tooDeep: 'This document nests deeper than any manifest does, and reading it would exhaust the parser. It is not a Kubernetes manifest.',
    },
    'zh-TW': {
      tooDeep: '這份文件的巢狀層數遠超過任何 manifest，讀取時會耗盡解析器的資源。它不是 Kubernetes manifest。',
    },
  },
  docs: {
    summary: {
      en: 'Documents must not nest thousands of levels deep.',
      'zh-TW': '文件的巢狀層數不能多達數千層。',
    },
    why: {
      en: 'Deep nesting is how malformed or hostile input breaks parsers. No Kubernetes object needs more than a few dozen levels.',
      'zh-TW': '極深的巢狀結構是格式錯誤或惡意輸入弄壞解析器的常見手法；沒有任何 Kubernetes 物件需要超過幾十層。',
    },
    bad: `${'['.repeat(2000)}${']'.repeat(2000)}\n`,
    good: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n',
    source: 'https://github.com/eemeli/yaml',
  },
};
