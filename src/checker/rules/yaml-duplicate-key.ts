import type {Rule} from '../rule';

/** The same key twice in one mapping. Reported by the parser step (syntax.ts). */
export const rule: Rule = {
  id: 'yaml-duplicate-key',
  severity: 'error',
  kinds: [],
  messages: {
    en: {
      duplicate: '`{key}` appears twice in the same mapping. kubectl rejects duplicate fields (strict field validation); without it the last value would silently win. Keep one of them.',
    },
    'zh-TW': {
      duplicate: '`{key}` 在同一層出現了兩次。kubectl 預設的嚴格欄位驗證會拒絕重複欄位；若關掉驗證，後面的值會默默蓋掉前面的。請只保留一個。',
    },
  },
  docs: {
    summary: {
      en: 'A key may appear only once in a mapping.',
      'zh-TW': '同一層裡，每個欄位只能出現一次。',
    },
    why: {
      en: 'Two `replicas:` lines look harmless, but only one can count. kubectl refuses the file rather than guess which one you meant.',
      'zh-TW': '兩行 `replicas:` 看起來無害，但只有一個會生效。kubectl 寧可拒絕整個檔案，也不替你猜是哪一個。',
    },
    bad: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n  name: web2\n',
    good: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n',
    source: 'https://github.com/kubernetes/enhancements/tree/master/keps/sig-api-machinery/2885-server-side-unknown-field-validation',
  },
};
