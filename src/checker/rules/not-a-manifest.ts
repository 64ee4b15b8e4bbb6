import type {Rule} from '../rule';

/** A text with no Kubernetes object in it. Reported by syntax.ts. */
export const rule: Rule = {
  id: 'not-a-manifest',
  severity: 'error',
  kinds: [],
  messages: {
    en: {
      empty: 'No Kubernetes object found: the text is empty or holds only comments. Paste a manifest with `apiVersion`, `kind` and `metadata`.',
      notMapping: 'No Kubernetes object found: a manifest is a mapping of fields (`apiVersion: …`, `kind: …`), but this document is a plain value or a list.',
      binary: 'This is not text: it holds bytes that never appear in a YAML manifest (the file may be binary, or not UTF-8). Open the manifest itself.',
    },
    'zh-TW': {
      empty: '找不到任何 Kubernetes 物件：內容是空的，或只有註解。請貼上含有 `apiVersion`、`kind` 和 `metadata` 的 manifest。',
      notMapping: '找不到任何 Kubernetes 物件：manifest 應該是由欄位組成的對應（`apiVersion: …`、`kind: …`），這份文件卻只是單一的值或清單。',
      binary: '這不是文字：內容含有 YAML manifest 不會出現的位元組（可能是二進位檔案，或不是 UTF-8 編碼）。請開啟 manifest 本身。',
    },
  },
  docs: {
    summary: {
      en: 'The text must contain at least one Kubernetes object.',
      'zh-TW': '內容至少要有一個 Kubernetes 物件。',
    },
    why: {
      en: 'An empty file applies nothing, silently. Saying so early saves a puzzled look at a cluster where no StatefulSet appeared.',
      'zh-TW': '空檔案套用後什麼都不會發生，也不會報錯。及早指出來，免得你對著一個沒有 StatefulSet 的叢集發愣。',
    },
    bad: '# only a comment\n',
    good: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n',
    source: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/',
  },
};
