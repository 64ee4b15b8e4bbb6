import {isDns1123Label} from '../k8s/names';
import {getIn} from '../k8s/objects';
import {exampleStatefulSet} from '../k8s/statefulset-spec';
import type {Rule} from '../rule';

/**
 * A set `spec.serviceName` must be a DNS-1123 label: since v1.33 the API
 * server checks it (kubernetes/kubernetes PR #130233); before, it became the
 * Pods' `spec.subdomain` and their creation failed. Unset is another rule's
 * warning (sts-service-name-unset).
 */
export const rule: Rule = {
  id: 'sts-service-name-format',
  severity: 'error',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      tooLong: '`spec.serviceName` is {length} characters long (`{value}`); it names a Service and becomes each Pod’s DNS subdomain (`web-0.<serviceName>`), so it must be a DNS label of at most 63. Since Kubernetes 1.33 the API server rejects the StatefulSet; older versions failed to create its Pods. Use the name of your headless Service.',
      invalid: '`spec.serviceName` is `{value}`, which is not a DNS label: only lower-case letters, digits and `-`, starting and ending with a letter or digit. It names the headless Service and becomes each Pod’s DNS subdomain (`web-0.<serviceName>`), so since Kubernetes 1.33 the API server rejects the StatefulSet; older versions failed to create its Pods. Use the name of your headless Service, exactly as its `metadata.name`.',
    },
    'zh-TW': {
      tooLong: '`spec.serviceName` 有 {length} 個字元（`{value}`）；它指向一個 Service，也會成為每個 Pod 的 DNS 子網域（`web-0.<serviceName>`），所以必須是最多 63 個字元的 DNS label。從 Kubernetes 1.33 起 API 伺服器會拒絕這個 StatefulSet；較舊的版本則是建立 Pod 失敗。請填入你的 Headless Service 名稱。',
      invalid: '`spec.serviceName` 是 `{value}`，不是合法的 DNS label：只能用小寫英文字母、數字和 `-`，且開頭與結尾必須是字母或數字。它指向 Headless Service（無頭服務），也會成為每個 Pod 的 DNS 子網域（`web-0.<serviceName>`），所以從 Kubernetes 1.33 起 API 伺服器會拒絕這個 StatefulSet；較舊的版本則是建立 Pod 失敗。請填入 Headless Service 的名稱，與它的 `metadata.name` 完全相同。',
    },
  },
  docs: {
    summary: {
      en: 'A set `spec.serviceName` must be a DNS label, like the name of the Service it refers to.',
      'zh-TW': '有設定的 `spec.serviceName` 必須是 DNS label，就像它所指的 Service 名稱一樣。',
    },
    why: {
      en: '`serviceName` names the headless Service that gives each Pod its DNS name, `web-0.nginx.default.svc.cluster.local`. The StatefulSet copies it into every Pod as `spec.subdomain`, which must be a DNS label. Kubernetes 1.33 and later reject a malformed name when the StatefulSet is created; older versions accepted the StatefulSet and then failed to create every Pod.',
      'zh-TW': '`serviceName` 指向 Headless Service（無頭服務），它讓每個 Pod 得到 DNS 名稱 `web-0.nginx.default.svc.cluster.local`。StatefulSet 會把它複製到每個 Pod 的 `spec.subdomain`，而這必須是 DNS label。Kubernetes 1.33 以後在建立 StatefulSet 時就會拒絕格式錯誤的名稱；較舊的版本會接受 StatefulSet，接著每個 Pod 都建立失敗。',
    },
    bad: exampleStatefulSet().replace('serviceName: web', 'serviceName: Web_Service'),
    good: exampleStatefulSet(),
    source: 'https://github.com/kubernetes/kubernetes/pull/130233',
  },
  check(context) {
    const path = ['spec', 'serviceName'];
    const value = getIn(context.object.value, path);
    if (typeof value !== 'string' || value === '' || isDns1123Label(value)) return;
    // Ratcheting (AllowInvalidServiceName): a StatefulSet stored before 1.33
    // with a bad name may still be updated; changing it is another error.
    const old = context.old && getIn(context.old.value, path);
    if (typeof old === 'string' && old !== '' && !isDns1123Label(old)) return;

    if (value.length > 63) {
      context.report({path, messageId: 'tooLong', data: {value, length: value.length}});
      return;
    }
    context.report({path, messageId: 'invalid', data: {value}});
  },
};
