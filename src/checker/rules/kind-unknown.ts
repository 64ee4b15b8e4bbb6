import type {Rule} from '../rule';
import {resolveKind} from '../schema/api-resolution';
import {foreignCodePoints} from '../schema/suggest';
import {replaceString} from '../yaml/scalar-edit';

/**
 * A kind that no built-in API serves: a wrong case (`Statefulset`), a typo,
 * a look-alike letter from another script, or no kind at all. Kinds of
 * custom resource groups are left alone.
 */
export const rule: Rule = {
  id: 'kind-unknown',
  severity: 'error',
  kinds: ['*'],
  messages: {
    en: {
      missing: 'This object has no `kind`, so kubectl cannot tell what to create and rejects it ("kind not set"). Add `kind:` under `apiVersion`, for example `kind: StatefulSet`.',
      unknown: 'Kubernetes has no kind `{kind}`, so kubectl answers "no matches for kind" and nothing is created. Did you mean `{suggestion}`? Kinds are case-sensitive.',
      unknownNoSuggestion: 'Kubernetes has no kind `{kind}`, so kubectl answers "no matches for kind" and nothing is created. Check the spelling and case, such as `StatefulSet` or `Service`; a custom resource needs an apiVersion of its own group.',
      lookAlike: 'The kind `{kind}` contains {codePoints}: a character that only looks like a Latin letter, or takes no space at all. Kubernetes compares kinds letter by letter, so it finds no such kind and rejects the object. Retype it as `{suggestion}`.',
      replace: 'Change the kind to `{suggestion}`',
    },
    'zh-TW': {
      missing: '這個物件沒有 `kind`，kubectl 不知道要建立什麼，會拒絕它（「kind not set」）。請在 `apiVersion` 下方加上 `kind:`，例如 `kind: StatefulSet`。',
      unknown: 'Kubernetes 沒有 `{kind}` 這種 kind，kubectl 會回報「no matches for kind」，什麼都不會建立。你是不是要寫 `{suggestion}`？kind 有區分大小寫。',
      unknownNoSuggestion: 'Kubernetes 沒有 `{kind}` 這種 kind，kubectl 會回報「no matches for kind」，什麼都不會建立。請檢查拼字和大小寫，例如 `StatefulSet`、`Service`；自訂資源則要用它自己群組的 apiVersion。',
      lookAlike: 'kind `{kind}` 含有 {codePoints}：這個字元只是長得像拉丁字母，或根本不佔空間。Kubernetes 逐字比對 kind，找不到這種 kind，會拒絕這個物件。請重新輸入成 `{suggestion}`。',
      replace: '把 kind 改成 `{suggestion}`',
    },
  },
  docs: {
    summary: {
      en: 'The kind must be one Kubernetes knows, spelled with the exact case: `StatefulSet`, not `Statefulset`.',
      'zh-TW': 'kind 必須是 Kubernetes 認得的種類，大小寫也要完全一致：要寫 `StatefulSet`，不是 `Statefulset`。',
    },
    why: {
      en: 'Kinds are matched exactly. `Statefulset` or a `StatefulSet` typed with a Cyrillic `е` look right in an editor, but the API server finds no such kind and refuses the whole object, so none of its Pods or volumes are created.',
      'zh-TW': 'kind 是逐字比對的。`Statefulset`，或是用西里爾字母 `е` 打出來的 `StatefulSet`，在編輯器裡看起來都沒錯，但 API 伺服器找不到這種 kind，整個物件都會被拒絕，Pod 和磁碟區都不會建立。',
    },
    bad: 'apiVersion: apps/v1\nkind: Statefulset\nmetadata:\n  name: web\n',
    good: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\n',
    source: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/stateful-set-v1/',
    limitations: {
      en: 'Kinds of custom resources (apiVersions of groups with a dot that Kubernetes does not build in) are not checked.',
      'zh-TW': '自訂資源（群組名稱含有點、又不是 Kubernetes 內建群組的 apiVersion）的 kind 不會檢查。',
    },
  },
  check(context) {
    const verdict = resolveKind(context.object.value);
    const path = ['kind'];
    if (verdict.is === 'missing') {
      context.report({path, messageId: 'missing'});
      return;
    }
    if (verdict.is !== 'unknown') return;

    const kind = String(context.object.value.kind);
    const {suggestion} = verdict;
    if (!suggestion) {
      context.report({path, messageId: 'unknownNoSuggestion', data: {kind}});
      return;
    }
    const codePoints = foreignCodePoints(kind);
    const edit = suggestion.isConfident ? replaceString(context, path, suggestion.name) : undefined;
    context.report({
      path,
      messageId: codePoints.length > 0 ? 'lookAlike' : 'unknown',
      data: {kind, suggestion: suggestion.name, codePoints: codePoints.join(', ')},
      fix: edit && {messageId: 'replace', data: {suggestion: suggestion.name}, edits: [edit]},
    });
  },
};
