import {isDns1123Label} from '../k8s/names';
import {isRecord} from '../k8s/objects';
import type {Rule, RuleContext} from '../rule';
import {replaceString} from '../yaml/scalar-edit';

/**
 * A StatefulSet name is a DNS-1123 label: `ValidateStatefulSetName` calls
 * `NameIsDNSLabel` (pkg/apis/apps/validation/validation.go, since v1.27,
 * PR #114172). A missing name is meta-name-required's to report.
 */
export const rule: Rule = {
  id: 'sts-name-dns-label',
  severity: 'error',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      tooLong: 'The StatefulSet name `{name}` is {length} characters long; it must be a DNS label of at most 63. Every Pod is named after the StatefulSet (`<name>-0`, `<name>-1`, …) and uses that as its hostname, so the API server rejects the StatefulSet. Choose a shorter name.',
      dots: 'The StatefulSet name `{name}` contains a dot. Since Kubernetes 1.27 it must be a DNS label: each Pod uses `<name>-<ordinal>` as its hostname, and a hostname cannot hold a dot (older clusters accepted the StatefulSet and then failed to create its Pods). Replace the dots, for example with `-`.',
      upperCase: 'The StatefulSet name `{name}` has upper-case letters; it must be a DNS label, all lower case. Each Pod uses `<name>-<ordinal>` as its hostname, so the API server rejects the StatefulSet. Write it as `{lower}`.',
      invalid: 'The StatefulSet name `{name}` is not a DNS label: only lower-case letters, digits and `-` are allowed, starting and ending with a letter or digit. Each Pod uses `<name>-<ordinal>` as its hostname, so the API server rejects the StatefulSet. Rename it.',
      generateName: '`metadata.generateName` `{name}` is not a DNS label prefix: only lower-case letters, digits and `-`, starting with a letter or digit, at most 63 characters. The generated name becomes the Pods’ hostname prefix, so the API server rejects the StatefulSet. Fix the prefix.',
      lowerCase: 'Rename to `{lower}`',
    },
    'zh-TW': {
      tooLong: 'StatefulSet 名稱 `{name}` 有 {length} 個字元，但它必須是最多 63 個字元的 DNS label。每個 Pod 都以 StatefulSet 命名（`<名稱>-0`、`<名稱>-1`……），並以此作為主機名稱，所以 API 伺服器會拒絕這個 StatefulSet。請改用較短的名稱。',
      dots: 'StatefulSet 名稱 `{name}` 含有句點。從 Kubernetes 1.27 起，名稱必須是 DNS label：每個 Pod 以 `<名稱>-<序號>` 作為主機名稱，而主機名稱不能有句點（較舊的叢集會先接受，再建立 Pod 失敗）。請把句點換掉，例如改成 `-`。',
      upperCase: 'StatefulSet 名稱 `{name}` 含有大寫字母，但它必須是全小寫的 DNS label。每個 Pod 以 `<名稱>-<序號>` 作為主機名稱，所以 API 伺服器會拒絕這個 StatefulSet。請改寫成 `{lower}`。',
      invalid: 'StatefulSet 名稱 `{name}` 不是合法的 DNS label：只能用小寫英文字母、數字和 `-`，且開頭與結尾必須是字母或數字。每個 Pod 以 `<名稱>-<序號>` 作為主機名稱，所以 API 伺服器會拒絕這個 StatefulSet。請重新命名。',
      generateName: '`metadata.generateName` 的 `{name}` 不是合法的 DNS label 前綴：只能用小寫英文字母、數字和 `-`，開頭必須是字母或數字，最多 63 個字元。產生的名稱會成為 Pod 主機名稱的開頭，所以 API 伺服器會拒絕這個 StatefulSet。請修正前綴。',
      lowerCase: '改名為 `{lower}`',
    },
  },
  docs: {
    summary: {
      en: 'A StatefulSet name must be a DNS label: lower case, digits and `-`, no dots, at most 63 characters.',
      'zh-TW': 'StatefulSet 名稱必須是 DNS label：小寫字母、數字和 `-`，不能有句點，最多 63 個字元。',
    },
    why: {
      en: 'A StatefulSet gives each Pod a stable name, `web-0`, `web-1`, …, and that name is also the Pod’s hostname inside the headless Service’s DNS domain (`web-0.nginx`). A hostname is a DNS label, so the StatefulSet name must be one too. Since Kubernetes 1.27 the API server rejects other names; older clusters accepted a name with dots and then failed to create a single Pod.',
      'zh-TW': 'StatefulSet 會給每個 Pod 固定的名稱 `web-0`、`web-1`……，這個名稱同時也是 Pod 在 Headless Service（無頭服務）DNS 網域裡的主機名稱（`web-0.nginx`）。主機名稱是 DNS label，所以 StatefulSet 名稱也必須是。從 Kubernetes 1.27 起 API 伺服器會拒絕其他名稱；較舊的叢集會接受含句點的名稱，接著卻連一個 Pod 都建立不了。',
    },
    bad: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: Web\nspec:\n  serviceName: web\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n',
    good: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n',
    source: 'https://github.com/kubernetes/kubernetes/pull/114172',
    limitations: {
      en: 'The API server allows 63 characters, but the StatefulSet controller labels each Pod with `controller-revision-hash: <name>-<10-character hash>`, and a label value is limited to 63 characters too. A name of 53 to 63 characters therefore passes this rule and the API server, and then no Pod can be created (kubernetes/kubernetes#64023). Keep names to 52 characters or fewer.',
      'zh-TW': 'API 伺服器允許 63 個字元，但 StatefulSet 控制器會幫每個 Pod 加上 `controller-revision-hash: <名稱>-<10 個字元的雜湊>` 標籤，而標籤值同樣最多 63 個字元。因此 53 到 63 個字元的名稱能通過這條規則和 API 伺服器，之後卻建立不了任何 Pod（kubernetes/kubernetes#64023）。名稱請控制在 52 個字元以內。',
    },
  },
  check(context) {
    // ValidateStatefulSetUpdate does not check the name again: objects from
    // before 1.27 may keep a dotted name (and a name cannot change anyway).
    if (context.old) return;
    const {metadata} = context.object.value;
    if (!isRecord(metadata)) return;

    const {name, generateName} = metadata;
    if (typeof name === 'string' && name !== '' && !isDns1123Label(name)) {
      reportName(context, name);
    }
    // A prefix may end in `-`: NameIsDNSLabel(prefix, true) masks that dash.
    if (typeof generateName === 'string' && generateName !== '') {
      const masked = generateName.replace(/(.)-$/, '$1a');
      if (!isDns1123Label(masked)) {
        context.report({
          path: ['metadata', 'generateName'],
          messageId: 'generateName',
          data: {name: generateName},
        });
      }
    }
  },
};

function reportName(context: RuleContext, name: string): void {
  const path = ['metadata', 'name'];
  if (name.length > 63) {
    context.report({path, messageId: 'tooLong', data: {name, length: name.length}});
    return;
  }
  const lower = name.toLowerCase();
  if (isDns1123Label(lower)) {
    const edit = replaceString(context, path, lower);
    context.report({
      path,
      messageId: 'upperCase',
      data: {name, lower},
      fix: edit && {messageId: 'lowerCase', data: {lower}, edits: [edit]},
    });
    return;
  }
  context.report({path, messageId: name.includes('.') ? 'dots' : 'invalid', data: {name}});
}
