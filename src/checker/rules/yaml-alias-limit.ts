import type {Rule} from '../rule';

/** Aliases that expand beyond reason (billion laughs). Reported by syntax.ts. */
export const rule: Rule = {
  id: 'yaml-alias-limit',
  severity: 'error',
  kinds: [],
  messages: {
    en: {
      aliases: 'This document uses more YAML aliases (`*name`) than a manifest ever needs; expanding them would take more memory than any machine has. This is not a manifest Kubernetes can read. Write the values out, or use far fewer aliases.',
    },
    'zh-TW': {
      aliases: '這份文件用了遠超過一般 manifest 所需的 YAML 別名（`*name`），全部展開會耗盡記憶體。Kubernetes 無法讀取這樣的 manifest。請直接寫出值，或大幅減少別名。',
    },
  },
  docs: {
    summary: {
      en: 'Aliases must not expand into an enormous document.',
      'zh-TW': '別名展開後不能變成龐大的文件。',
    },
    why: {
      en: 'An alias bomb turns a few hundred bytes into billions of nodes. Tools that expand it run out of memory; the checker stops early and says so.',
      'zh-TW': '別名炸彈能把幾百位元組變成數十億個節點，會展開它的工具都會耗盡記憶體；檢查器會及早停下並告訴你。',
    },
    bad: 'a: &a [x, x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n',
    good: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n',
    source: 'https://en.wikipedia.org/wiki/Billion_laughs_attack',
  },
};
