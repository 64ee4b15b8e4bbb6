import type {Rule} from '../rule';
import {resolveApiVersion} from '../schema/api-resolution';
import {replaceString} from '../yaml/scalar-edit';

const APPS_WORKLOADS = new Set(['DaemonSet', 'Deployment', 'ReplicaSet', 'StatefulSet']);

/**
 * An apiVersion that Kubernetes served once and no longer does, such as
 * apps/v1beta1 for a StatefulSet (gone in 1.16) or policy/v1beta1 for a
 * PodDisruptionBudget (gone in 1.25).
 */
export const rule: Rule = {
  id: 'api-version-removed',
  severity: 'error',
  kinds: ['*'],
  messages: {
    en: {
      removed: '`apiVersion: {apiVersion}` no longer serves `{kind}`: Kubernetes {removedIn} removed it, so kubectl answers "no matches for kind" and nothing of this object is created. Use `apiVersion: {replacement}`.',
      removedWorkload: '`apiVersion: {apiVersion}` no longer serves `{kind}`: Kubernetes {removedIn} removed it, so kubectl answers "no matches for kind" and the {kind} is not created. Use `apiVersion: {replacement}`; there `spec.selector` is required and must match the Pod template labels.',
      removedForGood: '`apiVersion: {apiVersion}` no longer serves `{kind}`: Kubernetes {removedIn} removed it and there is no newer version of this API, so kubectl rejects the object. Remove it from the manifest (PodSecurityPolicy was replaced by Pod Security Admission: namespace labels such as `pod-security.kubernetes.io/enforce`).',
      replace: 'Change the apiVersion to `{replacement}`',
    },
    'zh-TW': {
      removed: '`apiVersion: {apiVersion}` 已經不提供 `{kind}`：Kubernetes {removedIn} 移除了這個版本，kubectl 會回報「no matches for kind」，這個物件不會建立。請改用 `apiVersion: {replacement}`。',
      removedWorkload: '`apiVersion: {apiVersion}` 已經不提供 `{kind}`：Kubernetes {removedIn} 移除了這個版本，kubectl 會回報「no matches for kind」，{kind} 不會建立。請改用 `apiVersion: {replacement}`；新版本規定必須有 `spec.selector`，且要符合 Pod 範本的 labels。',
      removedForGood: '`apiVersion: {apiVersion}` 已經不提供 `{kind}`：Kubernetes {removedIn} 移除了它，而且沒有新版本可以替代，kubectl 會拒絕這個物件。請從 manifest 刪除它（PodSecurityPolicy 已由 Pod Security Admission 取代，改在命名空間加上 `pod-security.kubernetes.io/enforce` 等 labels）。',
      replace: '把 apiVersion 改成 `{replacement}`',
    },
  },
  docs: {
    summary: {
      en: 'The apiVersion must still be served: apps/v1beta1 and apps/v1beta2 StatefulSets, policy/v1beta1 PodDisruptionBudgets and other old versions were removed.',
      'zh-TW': 'apiVersion 必須是叢集仍然提供的版本：apps/v1beta1、apps/v1beta2 的 StatefulSet、policy/v1beta1 的 PodDisruptionBudget 等舊版本都已移除。',
    },
    why: {
      en: 'Old tutorials and charts still say `apps/v1beta1`. Since Kubernetes 1.16 the API server does not know that version of StatefulSet at all, so the whole object is refused before any of its fields are read. `apps/v1` also requires `spec.selector`, which the old versions filled in from the template labels.',
      'zh-TW': '舊的教學和 chart 仍寫著 `apps/v1beta1`。從 Kubernetes 1.16 起，API 伺服器完全不認得這個版本的 StatefulSet，整個物件在讀取任何欄位之前就被拒絕。`apps/v1` 還規定必須寫 `spec.selector`，舊版本則會從範本的 labels 自動補上。',
    },
    bad: 'apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels: {app: web}\n',
    good: 'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels: {app: web}\n',
    source: 'https://kubernetes.io/docs/reference/using-api/deprecation-guide/',
  },
  check(context) {
    const verdict = resolveApiVersion(context.object.value);
    if (verdict.is !== 'removed') return;

    const {apiVersion, kind} = context.object;
    const path = ['apiVersion'];
    const {removedIn, replacement} = verdict;
    if (replacement === undefined) {
      context.report({path, messageId: 'removedForGood', data: {apiVersion, kind, removedIn}});
      return;
    }
    const edit = replaceString(context, path, replacement);
    const isAppsWorkload = APPS_WORKLOADS.has(kind) && replacement === 'apps/v1';
    context.report({
      path,
      messageId: isAppsWorkload ? 'removedWorkload' : 'removed',
      data: {apiVersion, kind, removedIn, replacement},
      fix: edit && {messageId: 'replace', data: {replacement}, edits: [edit]},
    });
  },
};
