import type {Rule} from '../rule';

/** Text that is not YAML. Reported by the parser step (syntax.ts), not per object. */
export const rule: Rule = {
  id: 'yaml-syntax',
  severity: 'error',
  kinds: [],
  messages: {
    en: {
      tab: 'A tab is used for indentation here. YAML indents with spaces only, so kubectl cannot read this document and nothing in it is applied. Replace the tab with spaces.',
      indent: 'The indentation here does not line up with the fields around it, so YAML cannot tell which object this line belongs to and kubectl rejects the document. Align it with its sibling fields.',
      unclosed: 'A quote or bracket opened here is never closed, so the rest of the document is swallowed by it and kubectl rejects it. Close it on the same value.',
      indentTooDeep: 'This line is indented deeper than the field above it, so YAML reads it as the rest of that field\'s value and kubectl rejects the document. Indent it like its sibling fields.',
      missingColon: 'This line is read as a key but has no colon after it, so the document is not valid YAML and kubectl rejects it. Write `key: value`.',
      unexpected: 'Unexpected text here: YAML cannot read the document and kubectl rejects it. Check the line for a stray character or a missing `-` or `:`.',
      other: 'YAML cannot read this document ({detail}), so kubectl rejects it and nothing in it is applied.',
    },
    'zh-TW': {
      tab: '這裡用了 Tab 縮排。YAML 只接受空白縮排，kubectl 讀不了這份文件，裡面的物件一個都不會套用。請把 Tab 換成空白。',
      indent: '這一行的縮排和周圍的欄位對不齊，YAML 無法判斷它屬於哪個物件，kubectl 會拒絕整份文件。請和同一層的欄位對齊。',
      unclosed: '這裡開啟的引號或括號沒有關閉，後面的內容都被它吞掉，kubectl 會拒絕這份文件。請在同一個值裡把它關上。',
      indentTooDeep: '這一行比上面的欄位縮排得更深，YAML 會把它當成上一個欄位的值的延續，kubectl 會拒絕整份文件。請把它和同一層的欄位對齊。',
      missingColon: '這一行被當成欄位名稱，後面卻沒有冒號，因此不是合法的 YAML，kubectl 會拒絕。請寫成 `key: value`。',
      unexpected: '這裡出現了無法解讀的內容，YAML 讀不了這份文件，kubectl 會拒絕。請檢查這一行是否多了字元，或少了 `-`、`:`。',
      other: 'YAML 無法讀取這份文件（{detail}），kubectl 會拒絕，裡面的物件都不會套用。',
    },
  },
  docs: {
    summary: {
      en: 'The text must be valid YAML: spaces for indentation, closed quotes, a colon after every key.',
      'zh-TW': '內容必須是合法的 YAML：用空白縮排、引號要成對、每個欄位名稱後面都要有冒號。',
    },
    why: {
      en: 'kubectl reads the whole file before it sends anything. One syntax error and no object of that document reaches the cluster, so neither the Service nor the StatefulSet is created.',
      'zh-TW': 'kubectl 會先讀完整個檔案才送出。只要一個語法錯誤，這份文件裡的物件都到不了叢集，Service 和 StatefulSet 都不會建立。',
    },
    bad: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\n\tlabels: {}\n',
    good: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\n  labels: {}\n',
    source: 'https://yaml.org/spec/1.2.2/#61-indentation-spaces',
  },
};
