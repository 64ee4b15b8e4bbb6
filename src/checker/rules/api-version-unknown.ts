import type {Rule} from '../rule';
import {resolveApiVersion} from '../schema/api-resolution';
import {replaceString} from '../yaml/scalar-edit';

/**
 * An apiVersion that does not serve the object's kind: `v1` for a
 * StatefulSet (it lives in `apps/v1`), `apps` without a version, a version
 * that never existed, or no apiVersion at all. Custom resources (groups with
 * a dot that Kubernetes does not build in) only get a note.
 */
export const rule: Rule = {
  id: 'api-version-unknown',
  severity: 'error',
  kinds: ['*'],
  messages: {
    en: {
      missing: 'This object has no `apiVersion`, so kubectl cannot tell which API it belongs to and rejects it ("apiVersion not set"). Add `apiVersion: {suggestion}` above `kind`.',
      missingNoSuggestion: 'This object has no `apiVersion`, so kubectl cannot tell which API it belongs to and rejects it ("apiVersion not set"). Add the apiVersion of its kind, such as `apps/v1` for a StatefulSet.',
      kindElsewhere: '`{kind}` is not served by `apiVersion: {apiVersion}`, so kubectl answers "no matches for kind" and the object is not created. Kubernetes serves `{kind}` as `apiVersion: {suggestion}`.',
      unknown: '`apiVersion: {apiVersion}` does not exist in Kubernetes, so kubectl cannot find the API and rejects the object. Did you mean `{suggestion}`?',
      unknownNoSuggestion: '`apiVersion: {apiVersion}` does not exist in Kubernetes, so kubectl cannot find the API and rejects the object. Write the group and the version, such as `apps/v1` for a StatefulSet or `v1` for a Service.',
      custom: '`{apiVersion}` is not a built-in Kubernetes API: `{kind}` is a custom resource. The checker does not know its fields; make sure its CustomResourceDefinition is installed before you apply it.',
      replace: 'Change the apiVersion to `{suggestion}`',
    },
    'zh-TW': {
      missing: '這個物件沒有 `apiVersion`，kubectl 不知道它屬於哪個 API，會拒絕它（「apiVersion not set」）。請在 `kind` 上方加上 `apiVersion: {suggestion}`。',
      missingNoSuggestion: '這個物件沒有 `apiVersion`，kubectl 不知道它屬於哪個 API，會拒絕它（「apiVersion not set」）。請補上這個 kind 的 apiVersion，例如 StatefulSet 是 `apps/v1`。',
      kindElsewhere: '`apiVersion: {apiVersion}` 不提供 `{kind}`，kubectl 會回報「no matches for kind」，物件不會建立。Kubernetes 的 `{kind}` 在 `apiVersion: {suggestion}`。',
      unknown: 'Kubernetes 沒有 `apiVersion: {apiVersion}`，kubectl 找不到這個 API，會拒絕這個物件。你是不是要寫 `{suggestion}`？',
      unknownNoSuggestion: 'Kubernetes 沒有 `apiVersion: {apiVersion}`，kubectl 找不到這個 API，會拒絕這個物件。請寫出群組和版本，例如 StatefulSet 是 `apps/v1`，Service 是 `v1`。',
      custom: '`{apiVersion}` 不是 Kubernetes 內建的 API：`{kind}` 是自訂資源（custom resource）。檢查器不認得它的欄位；套用之前，請先確認叢集已安裝對應的 CustomResourceDefinition。',
      replace: '把 apiVersion 改成 `{suggestion}`',
    },
  },
  docs: {
    summary: {
      en: 'The apiVersion must be a group version that serves the kind: `apps/v1` for StatefulSet, `v1` for Service.',
      'zh-TW': 'apiVersion 必須是提供這個 kind 的群組版本：StatefulSet 是 `apps/v1`，Service 是 `v1`。',
    },
    why: {
      en: 'The API server finds the code that reads an object by its apiVersion and kind together. `v1` is the core group (Pods, Services); StatefulSets live in the `apps` group. With the wrong pair kubectl stops with "no matches for kind" before any field is read.',
      'zh-TW': 'API 伺服器是用 apiVersion 和 kind 一起找出該用哪段程式來讀取物件。`v1` 是核心群組（Pod、Service），StatefulSet 則在 `apps` 群組。兩者對不上時，kubectl 在讀取任何欄位之前就會停下，回報「no matches for kind」。',
    },
    bad: 'apiVersion: v1\nkind: StatefulSet\nmetadata:\n  name: web\n',
    good: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\n',
    source: 'https://kubernetes.io/docs/reference/using-api/#api-groups',
    limitations: {
      en: 'Custom resources (an apiVersion whose group has a dot and is not built into Kubernetes, such as `monitoring.coreos.com/v1`) are only noted: the checker cannot know which CustomResourceDefinitions your cluster has.',
      'zh-TW': '自訂資源（群組名稱含有點、又不是 Kubernetes 內建的 apiVersion，例如 `monitoring.coreos.com/v1`）只會提示：檢查器無法得知你的叢集裝了哪些 CustomResourceDefinition。',
    },
  },
  check(context) {
    const verdict = resolveApiVersion(context.object.value);
    const {apiVersion, kind} = context.object;
    const path = ['apiVersion'];
    const shown = apiVersion || String(context.object.value.apiVersion);

    switch (verdict.is) {
      case 'missing':
        // TODO(#2): with no apiVersion key the engine underlines the whole object.
        context.report({
          path,
          messageId: verdict.suggestion ? 'missing' : 'missingNoSuggestion',
          data: verdict.suggestion ? {suggestion: verdict.suggestion} : {},
        });
        return;
      case 'custom':
        context.report({path, messageId: 'custom', severity: 'info', data: {apiVersion, kind}});
        return;
      case 'kindElsewhere':
      case 'unknown': {
        const {suggestion} = verdict;
        if (suggestion === undefined) {
          const data = {apiVersion: shown, kind};
          context.report({path, messageId: 'unknownNoSuggestion', data});
          return;
        }
        const edit = replaceString(context, path, suggestion);
        context.report({
          path,
          messageId: verdict.is,
          data: {apiVersion: shown, kind, suggestion},
          fix: edit && {messageId: 'replace', data: {suggestion}, edits: [edit]},
        });
        return;
      }
    }
  },
};
