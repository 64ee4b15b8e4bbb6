import {isDns1123Label} from '../k8s/names';
import {containersOf} from '../k8s/pod-template';
import type {Rule} from '../rule';
import {replaceString} from '../yaml/scalar-edit';

/**
 * Container names are DNS-1123 labels (`validateContainerCommon` in
 * pkg/apis/core/validation/validation.go; StatefulSets since v1.34).
 */
export const rule: Rule = {
  id: 'pod-container-name',
  severity: 'error',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      required: 'This container has no `name`. Every container of a Pod needs one; since Kubernetes 1.34 the StatefulSet is rejected, and older clusters fail to create its Pods. Add `name:` with a short lower-case name such as `app`.',
      tooLong: 'The container name `{name}` is {length} characters long; a container name is a DNS label of at most 63. Since Kubernetes 1.34 the StatefulSet is rejected, and older clusters fail to create every Pod. Shorten the name.',
      invalid: 'The container name `{name}` is not a DNS label: only lower-case letters, digits and `-` are allowed, starting and ending with a letter or digit. Since Kubernetes 1.34 the StatefulSet is rejected, and older clusters fail to create every Pod. Rename it, for example to `{suggestion}`.',
      invalidNoSuggestion: 'The container name `{name}` is not a DNS label: only lower-case letters, digits and `-` are allowed, starting and ending with a letter or digit. Since Kubernetes 1.34 the StatefulSet is rejected, and older clusters fail to create every Pod. Rename the container.',
      rename: 'Rename the container to `{name}`',
    },
    'zh-TW': {
      required: '這個容器沒有 `name`。Pod 裡的每個容器都需要名稱；從 Kubernetes 1.34 起 StatefulSet 會被拒絕，較舊的叢集則會建立 Pod 失敗。請加上 `name:`，取一個簡短的小寫名稱，例如 `app`。',
      tooLong: '容器名稱 `{name}` 有 {length} 個字元；容器名稱必須是 DNS label，最多 63 個字元。從 Kubernetes 1.34 起 StatefulSet 會被拒絕，較舊的叢集則是每個 Pod 都建立失敗。請縮短名稱。',
      invalid: '容器名稱 `{name}` 不是合法的 DNS label：只能用小寫英文字母、數字和 `-`，且開頭與結尾必須是字母或數字。從 Kubernetes 1.34 起 StatefulSet 會被拒絕，較舊的叢集則是每個 Pod 都建立失敗。請改名，例如改成 `{suggestion}`。',
      invalidNoSuggestion: '容器名稱 `{name}` 不是合法的 DNS label：只能用小寫英文字母、數字和 `-`，且開頭與結尾必須是字母或數字。從 Kubernetes 1.34 起 StatefulSet 會被拒絕，較舊的叢集則是每個 Pod 都建立失敗。請替容器改名。',
      rename: '把容器改名為 `{name}`',
    },
  },
  docs: {
    summary: {
      en: 'Container and init container names must be DNS labels: lower case, digits and `-`, at most 63 characters.',
      'zh-TW': '容器與 init 容器的名稱必須是 DNS label：小寫字母、數字和 `-`，最多 63 個字元。',
    },
    why: {
      en: 'The container name becomes part of the Pod’s identity in the API (`kubectl logs web-0 -c app`). Kubernetes 1.34 and later validate the StatefulSet’s Pod template when it is created and reject a bad name. Older versions accept the StatefulSet and then fail to create `web-0` over and over (`FailedCreate`), so the StatefulSet never gets a single replica.',
      'zh-TW': '容器名稱是 Pod 在 API 裡身分的一部分（`kubectl logs web-0 -c app`）。Kubernetes 1.34 以後會在建立時驗證 StatefulSet 的 Pod 範本，名稱不合法就拒絕。較舊的版本會先接受 StatefulSet，接著一再建立 `web-0` 失敗（`FailedCreate`），StatefulSet 一個副本也沒有。',
    },
    bad: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: Web_Server\n        image: nginx:1.27\n',
    good: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web-server\n        image: nginx:1.27\n',
    source: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#dns-label-names',
  },
  check(context) {
    const entries = containersOf(context.object);
    const taken = new Set(entries.map(({container}) => container.name));

    for (const {container, path} of entries) {
      const name = container.name;
      const namePath = [...path, 'name'];
      if (name === undefined || name === null || name === '') {
        context.report({path: namePath, messageId: 'required'});
        continue;
      }
      if (typeof name !== 'string' || isDns1123Label(name)) continue;

      if (name.length > 63) {
        context.report({path: namePath, messageId: 'tooLong', data: {name, length: name.length}});
        continue;
      }
      const suggestion = suggestLabel(name);
      if (!suggestion || taken.has(suggestion)) {
        context.report({path: namePath, messageId: 'invalidNoSuggestion', data: {name}});
        continue;
      }
      const edit = replaceString(context, namePath, suggestion);
      context.report({
        path: namePath,
        messageId: 'invalid',
        data: {name, suggestion},
        fix: edit && {messageId: 'rename', data: {name: suggestion}, edits: [edit]},
      });
    }
  },
};

/** `My_App` → `my-app`, when that is a DNS label. */
function suggestLabel(name: string): string | undefined {
  const candidate = name
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return isDns1123Label(candidate) ? candidate : undefined;
}
