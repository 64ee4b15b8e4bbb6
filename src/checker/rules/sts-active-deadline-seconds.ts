import {getIn} from '../k8s/objects';
import {exampleStatefulSet} from '../k8s/statefulset-spec';
import type {Rule} from '../rule';
import {deleteFieldLine} from '../yaml/field-edit';

/**
 * A StatefulSet's Pod template may not set `activeDeadlineSeconds`
 * (`field.Forbidden` in ValidateStatefulSetSpec: "activeDeadlineSeconds in
 * StatefulSet is not Supported").
 */
export const rule: Rule = {
  id: 'sts-active-deadline-seconds',
  severity: 'error',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      forbidden: '`spec.template.spec.activeDeadlineSeconds` is set ({value}). It would make the kubelet kill every Pod after that many seconds, while a StatefulSet is meant to keep its Pods running, so the API server rejects the StatefulSet. Remove the field; a time limit belongs in a Job.',
      remove: 'Remove `activeDeadlineSeconds`',
    },
    'zh-TW': {
      forbidden: '設定了 `spec.template.spec.activeDeadlineSeconds`（{value}）。它會讓 kubelet 在這麼多秒後終止每個 Pod，而 StatefulSet 的用意是讓 Pod 持續執行，所以 API 伺服器會拒絕這個 StatefulSet。請刪除這個欄位；需要時間限制的工作應該用 Job。',
      remove: '刪除 `activeDeadlineSeconds`',
    },
  },
  docs: {
    summary: {
      en: 'The Pod template of a StatefulSet must not set `activeDeadlineSeconds`.',
      'zh-TW': 'StatefulSet 的 Pod 範本不能設定 `activeDeadlineSeconds`。',
    },
    why: {
      en: '`activeDeadlineSeconds` is a deadline for Pods that should finish: when it passes, the Pod is failed and its containers are killed. A StatefulSet’s Pods are long-lived members with stable names and storage; a deadline would take every one of them down on a timer. The API server therefore forbids it in a StatefulSet.',
      'zh-TW': '`activeDeadlineSeconds` 是給應該結束的 Pod 用的期限：時間一到，Pod 會被標為失敗，容器也會被終止。StatefulSet 的 Pod 是擁有固定名稱與儲存的長期成員，設了期限就會定時把它們全部停掉。因此 API 伺服器禁止在 StatefulSet 裡設定它。',
    },
    bad: exampleStatefulSet({podSpec: '      activeDeadlineSeconds: 3600\n'}),
    good: exampleStatefulSet(),
    source: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#lifecycle',
  },
  check(context) {
    const path = ['spec', 'template', 'spec', 'activeDeadlineSeconds'];
    const value = getIn(context.object.value, path);
    // Null is not set; another type fails decoding first (schema-type).
    if (!Number.isInteger(value)) return;

    const edit = deleteFieldLine(context, path);
    context.report({
      path,
      messageId: 'forbidden',
      data: {value: value as number},
      fix: edit && {messageId: 'remove', edits: [edit]},
    });
  },
};
