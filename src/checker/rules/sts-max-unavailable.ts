import {
  exampleStatefulSet,
  ROLLING_UPDATE_PATH,
  rollingUpdateOf,
} from '../k8s/statefulset-spec';
import type {Rule} from '../rule';

/** How a maxUnavailable value fares where the feature gate is on. */
type Verdict = 'valid' | 'zero' | 'overHundred' | 'negative' | 'malformed';

/**
 * `rollingUpdate.maxUnavailable` takes effect only with the
 * MaxUnavailableStatefulSet feature gate, off by default in 1.34, 1.35.4+ and
 * 1.36 (kubernetes/kubernetes #137904, #137926, #139466). Without it
 * `dropStatefulSetDisabledFields` (pkg/registry/apps/statefulset/strategy.go)
 * clears the field before validation, so nothing is rejected and nothing
 * happens: a warning, never an error. With the gate on,
 * `validateRollingUpdateStatefulSet` rejects 0, 0%, over 100% and values that
 * are neither an integer ≥ 0 nor a percentage.
 */
export const rule: Rule = {
  id: 'sts-max-unavailable',
  severity: 'warning',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      ignored: '`spec.updateStrategy.rollingUpdate.maxUnavailable` is `{value}`, but on most clusters it does nothing: it needs the `MaxUnavailableStatefulSet` feature gate, which is off by default (Kubernetes 1.36 included), and without it the API server silently drops the field. Rolling updates then still replace one Pod at a time. Check that your cluster enables the gate, or remove the field.',
      zero: '`spec.updateStrategy.rollingUpdate.maxUnavailable` is `{value}`. Where the `MaxUnavailableStatefulSet` feature gate is on, the API server rejects it: a rolling update that may take no Pod down could never start. Where the gate is off (the default, Kubernetes 1.36 included) the field is silently dropped and Pods are replaced one at a time. Remove the field, or allow at least 1 Pod.',
      overHundred: '`spec.updateStrategy.rollingUpdate.maxUnavailable` is `{value}`, more than all the Pods. Where the `MaxUnavailableStatefulSet` feature gate is on, the API server rejects it; where the gate is off (the default, Kubernetes 1.36 included) the field is silently dropped and Pods are replaced one at a time. Use at most `100%`, or a number of Pods.',
      negative: '`spec.updateStrategy.rollingUpdate.maxUnavailable` is {value}: a number of Pods cannot be negative. Where the `MaxUnavailableStatefulSet` feature gate is on, the API server rejects it; where the gate is off (the default, Kubernetes 1.36 included) the field is silently dropped. Use a number of Pods such as `1`, or a percentage such as `25%`.',
      malformed: '`spec.updateStrategy.rollingUpdate.maxUnavailable` is `{value}`, which is neither a whole number of Pods nor a percentage such as `25%`. Where the `MaxUnavailableStatefulSet` feature gate is on, the API server rejects it; where the gate is off (the default, Kubernetes 1.36 included) the field is silently dropped. Write a number such as `2` (unquoted) or a percentage such as `25%`.',
    },
    'zh-TW': {
      ignored: '`spec.updateStrategy.rollingUpdate.maxUnavailable` 是 `{value}`，但在大多數叢集上沒有作用：它需要 `MaxUnavailableStatefulSet` 功能開關（feature gate），而這個開關預設是關閉的（Kubernetes 1.36 也是），沒開時 API 伺服器會默默丟掉這個欄位，滾動更新仍然一次只替換一個 Pod。請確認叢集有開啟這個開關，或刪除這個欄位。',
      zero: '`spec.updateStrategy.rollingUpdate.maxUnavailable` 是 `{value}`。在開啟 `MaxUnavailableStatefulSet` 功能開關的叢集上，API 伺服器會拒絕：一個 Pod 都不能停的滾動更新永遠無法開始。在沒開的叢集上（預設，Kubernetes 1.36 也是），這個欄位會被默默丟掉，Pod 仍然一次替換一個。請刪除這個欄位，或至少允許 1 個 Pod。',
      overHundred: '`spec.updateStrategy.rollingUpdate.maxUnavailable` 是 `{value}`，超過全部的 Pod。在開啟 `MaxUnavailableStatefulSet` 功能開關的叢集上，API 伺服器會拒絕；在沒開的叢集上（預設，Kubernetes 1.36 也是），這個欄位會被默默丟掉，Pod 仍然一次替換一個。請改成最多 `100%`，或填 Pod 數量。',
      negative: '`spec.updateStrategy.rollingUpdate.maxUnavailable` 是 {value}：Pod 數量不能是負數。在開啟 `MaxUnavailableStatefulSet` 功能開關的叢集上，API 伺服器會拒絕；在沒開的叢集上（預設，Kubernetes 1.36 也是），這個欄位會被默默丟掉。請填 Pod 數量，例如 `1`，或百分比，例如 `25%`。',
      malformed: '`spec.updateStrategy.rollingUpdate.maxUnavailable` 是 `{value}`，既不是 Pod 的整數數量，也不是 `25%` 這樣的百分比。在開啟 `MaxUnavailableStatefulSet` 功能開關的叢集上，API 伺服器會拒絕；在沒開的叢集上（預設，Kubernetes 1.36 也是），這個欄位會被默默丟掉。請寫成數字，例如 `2`（不加引號），或百分比，例如 `25%`。',
    },
  },
  docs: {
    summary: {
      en: '`rollingUpdate.maxUnavailable` only works behind a feature gate that is off by default, and it must be at least 1 and at most 100%.',
      'zh-TW': '`rollingUpdate.maxUnavailable` 只有在預設關閉的功能開關打開時才有作用，而且必須至少為 1、最多 100%。',
    },
    why: {
      en: 'A StatefulSet normally updates one Pod at a time. `maxUnavailable` lets it take several down at once, which speeds up large rollouts. The field belongs to the `MaxUnavailableStatefulSet` feature, which is off by default again in Kubernetes 1.36: the API server then drops the field without a word, and the update stays one Pod at a time. Where the gate is on, 0, 0% and values over 100% are rejected.',
      'zh-TW': 'StatefulSet 平常一次只更新一個 Pod。`maxUnavailable` 讓它一次停掉好幾個，大規模更新會快很多。這個欄位屬於 `MaxUnavailableStatefulSet` 功能，在 Kubernetes 1.36 又改回預設關閉：API 伺服器會不吭一聲地丟掉這個欄位，更新仍然一次一個 Pod。在開啟這個開關的叢集上，0、0% 和超過 100% 的值都會被拒絕。',
    },
    bad: exampleStatefulSet({spec: '  updateStrategy:\n    type: RollingUpdate\n    rollingUpdate:\n      maxUnavailable: 0\n'}),
    good: exampleStatefulSet({spec: '  updateStrategy:\n    type: RollingUpdate\n'}),
    source: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#maximum-unavailable-pods',
    limitations: {
      en: 'The checker cannot know your cluster’s feature gates, so it reports every `maxUnavailable` as a warning: as ignored where the value is valid, and as rejected-where-enabled where it is not.',
      'zh-TW': '檢查器無從得知叢集開了哪些功能開關，所以每個 `maxUnavailable` 都只報警告：值合法時提醒它可能被忽略，不合法時說明開啟開關的叢集會拒絕。',
    },
  },
  check(context) {
    const value = rollingUpdateOf(context.object)?.maxUnavailable;
    const verdict = judge(value);
    if (!verdict) return;
    context.report({
      path: [...ROLLING_UPDATE_PATH, 'maxUnavailable'],
      messageId: verdict === 'valid' ? 'ignored' : verdict,
      data: {value: value as string | number},
    });
  },
};

/**
 * The IntOrString rules of ValidatePositiveIntOrPercent, the "cannot be 0"
 * check and IsNotMoreThan100Percent. Undefined where there is nothing to
 * judge: no field, or a JSON type that fails decoding (the schema-type rule's).
 */
function judge(value: unknown): Verdict | undefined {
  if (typeof value === 'number') {
    if (!Number.isInteger(value) || Math.abs(value) > 2147483647) return undefined;
    if (value < 0) return 'negative';
    return value === 0 ? 'zero' : 'valid';
  }
  if (typeof value !== 'string') return undefined;
  const percent = /^([0-9]+)%$/.exec(value);
  if (!percent) return 'malformed';
  const amount = Number(percent[1]);
  if (amount === 0) return 'zero';
  return amount > 100 ? 'overHundred' : 'valid';
}
