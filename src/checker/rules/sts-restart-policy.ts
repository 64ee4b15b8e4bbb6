import {getIn} from '../k8s/objects';
import {exampleStatefulSet, isDefaulted} from '../k8s/statefulset-spec';
import type {Rule} from '../rule';
import {replaceString} from '../yaml/scalar-edit';

/**
 * A StatefulSet's Pod template may only use `restartPolicy: Always`
 * (`field.NotSupported` in ValidateStatefulSetSpec); "" is defaulted to
 * Always (pkg/apis/core/v1/defaults.go).
 */
export const rule: Rule = {
  id: 'sts-restart-policy',
  severity: 'error',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      notAlways: '`spec.template.spec.restartPolicy` is `{value}`, but a StatefulSet’s Pods must use `Always`. A StatefulSet keeps its Pods running for good; `OnFailure` and `Never` are for Pods that finish, as in a Job. The API server rejects the StatefulSet. Set `Always`, or remove the field (it defaults to `Always`).',
      setAlways: 'Set `Always`',
    },
    'zh-TW': {
      notAlways: '`spec.template.spec.restartPolicy` 是 `{value}`，但 StatefulSet 的 Pod 只能用 `Always`。StatefulSet 會讓 Pod 一直執行下去；`OnFailure` 和 `Never` 是給會結束的 Pod 用的，例如 Job。API 伺服器會拒絕這個 StatefulSet。請設為 `Always`，或刪除這個欄位（預設就是 `Always`）。',
      setAlways: '設為 `Always`',
    },
  },
  docs: {
    summary: {
      en: 'The Pod template of a StatefulSet must use `restartPolicy: Always` (or leave it out).',
      'zh-TW': 'StatefulSet 的 Pod 範本必須使用 `restartPolicy: Always`（或不寫）。',
    },
    why: {
      en: 'A StatefulSet runs long-lived members, such as database replicas, that must come back when they exit. With `OnFailure` or `Never`, a container that exits would leave a Pod that is done, and the StatefulSet could not tell a finished member from a broken one. So the API server allows only `Always`, which is also the default.',
      'zh-TW': 'StatefulSet 執行的是長期存在的成員，例如資料庫副本，結束了就必須重新啟動。如果用 `OnFailure` 或 `Never`，容器結束後 Pod 就停在完成狀態，StatefulSet 分不出成員是做完了還是壞了。所以 API 伺服器只允許 `Always`，這也是預設值。',
    },
    bad: exampleStatefulSet({podSpec: '      restartPolicy: Never\n'}),
    good: exampleStatefulSet({podSpec: '      restartPolicy: Always\n'}),
    source: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy',
  },
  check(context) {
    const path = ['spec', 'template', 'spec', 'restartPolicy'];
    const value = getIn(context.object.value, path);
    if (typeof value !== 'string' || isDefaulted(value) || value === 'Always') return;

    const edit = replaceString(context, path, 'Always');
    context.report({
      path,
      messageId: 'notAlways',
      data: {value},
      fix: edit && {messageId: 'setAlways', edits: [edit]},
    });
  },
};
