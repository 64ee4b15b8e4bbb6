import type {Rule} from '../rule';

/**
 * A rule threw: a bug in the checker, never in the reader's YAML. Shown rather
 * than hidden, so one broken rule neither crashes the editor nor goes unseen;
 * the unit tests fail on it.
 */
export const rule: Rule = {
  id: 'checker-rule-failed',
  severity: 'info',
  kinds: [],
  messages: {
    en: {failed: 'The checker could not finish rule `{ruleId}` on this object (a bug in StatefulSet Lab, not in your YAML). Other rules still ran.'},
    'zh-TW': {failed: '檢查器無法對這個物件完成規則 `{ruleId}`（這是 StatefulSet Lab 的錯誤，不是你的 YAML 有問題）。其他規則仍照常執行。'},
  },
  docs: {
    summary: {
      en: 'Shown only when a rule of the checker itself fails.',
      'zh-TW': '只有在檢查器本身的規則出錯時才會出現。',
    },
    why: {
      en: 'A checker that fails silently is worse than none: you would trust a clean list that is not clean.',
      'zh-TW': '默默失敗的檢查器比沒有還糟：你會相信一份其實不乾淨的清單。',
    },
    bad: '',
    good: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n',
    source: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/',
  },
};
