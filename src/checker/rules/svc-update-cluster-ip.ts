import type {Rule} from '../rule';
import {getIn} from '../k8s/objects';

const PATH = ['spec', 'clusterIP'];

/**
 * An update that changes a Service's cluster IP. A missing `clusterIP` keeps
 * the allocated one (the registry copies it over), so only two different
 * values are judged.
 */
export const rule: Rule = {
  id: 'svc-update-cluster-ip',
  severity: 'error',
  kinds: ['Service'],
  messages: {
    en: {
      changed:
        '`spec.clusterIP` changes from `{before}` to `{after}`, but a Service\'s cluster IP cannot change once it is set: the API server rejects the update ("field is immutable"). Turning a Service into a headless one for a StatefulSet, or back, means recreating it: `kubectl delete service {name}`, then apply this file (DNS names are missing in between).',
    },
    'zh-TW': {
      changed:
        '`spec.clusterIP` 從 `{before}` 改成 `{after}`，但 Service 的 cluster IP 一旦設定就不能修改：API 伺服器會拒絕這次更新（「field is immutable」）。要把 Service 改成 StatefulSet 需要的 Headless Service（或反過來），只能重新建立：`kubectl delete service {name}`，再套用這個檔案（這段期間 DNS 名稱會暫時消失）。',
    },
  },
  docs: {
    summary: {
      en: 'An update may not change a Service\'s `spec.clusterIP`.',
      'zh-TW': '更新時不能修改 Service 的 `spec.clusterIP`。',
    },
    why: {
      en: 'A StatefulSet needs a headless Service (`clusterIP: None`). Adding `clusterIP: None` to a Service that already has a virtual IP looks like a one-line fix, but the API server refuses it: the cluster IP of a Service is immutable. The Service has to be deleted and created again.',
      'zh-TW': 'StatefulSet 需要 Headless Service（`clusterIP: None`）。替已經有虛擬 IP 的 Service 加上 `clusterIP: None`，看起來只要改一行，API 伺服器卻會拒絕：Service 的 cluster IP 不能修改，必須刪除後重新建立。',
    },
    bad: [
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  name: nginx',
      'spec:',
      '  clusterIP: 10.96.0.20',
      '  selector:',
      '    app: web',
      '  ports:',
      '  - port: 80',
      '',
    ].join('\n'),
    good: [
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  name: nginx',
      'spec:',
      '  clusterIP: None',
      '  selector:',
      '    app: web',
      '  ports:',
      '  - port: 80',
      '',
    ].join('\n'),
    // The live headless Service both examples update.
    old: [
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  name: nginx',
      'spec:',
      '  clusterIP: None',
      '  selector:',
      '    app: web',
      '  ports:',
      '  - port: 80',
      '',
    ].join('\n'),
    source: 'https://kubernetes.io/docs/reference/kubernetes-api/service-resources/service-v1/#ServiceSpec',
    limitations: {
      en: 'Judged only when the live object is given (the update mode). The `bad` and `good` examples above are updates of a live headless Service `nginx`.',
      'zh-TW': '只有提供叢集上的物件時（更新模式）才會判斷。上面的 `bad` 和 `good` 範例，都是對叢集上的 Headless Service `nginx` 所做的更新。',
    },
  },
  check(context) {
    const before = getIn(context.old?.value, PATH);
    const after = getIn(context.object.value, PATH);
    if (typeof before !== 'string' || typeof after !== 'string') return;
    if (before === '' || after === '' || before === after) return;
    context.report({
      path: PATH,
      messageId: 'changed',
      data: {before, after, name: context.object.name ?? '<name>'},
    });
  },
};
