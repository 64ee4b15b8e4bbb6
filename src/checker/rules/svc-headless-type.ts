import {isHeadless, serviceSpecOf} from '../k8s/service-ports';
import type {Rule} from '../rule';
import {replaceString} from '../yaml/scalar-edit';

const NEEDS_CLUSTER_IP = ['NodePort', 'LoadBalancer'];

/**
 * A headless Service cannot be of type NodePort or LoadBalancer
 * (`ValidateService` in pkg/apis/core/validation/validation.go, reported
 * upstream on `spec.clusterIPs[0]`).
 */
export const rule: Rule = {
  id: 'svc-headless-type',
  severity: 'error',
  kinds: ['Service'],
  messages: {
    en: {
      conflict: 'The Service `{name}` is headless (`clusterIP: None`) but has `type: {type}`. A {type} Service forwards traffic through a cluster IP, which a headless Service does not have, so the API server rejects it. Keep the governing Service of a StatefulSet headless and of type `ClusterIP`; expose the Pods with a second Service of type {type}.',
      useClusterIP: 'Set `type: ClusterIP`',
    },
    'zh-TW': {
      conflict: 'Service `{name}` 是 Headless Service（`clusterIP: None`），卻設定了 `type: {type}`。{type} 類型的 Service 要透過 cluster IP 轉送流量，而 Headless Service 沒有 cluster IP，所以 API 伺服器會拒絕它。StatefulSet 的管理 Service 請維持 Headless、類型為 `ClusterIP`；要對外公開 Pod，請另外建立一個 {type} 類型的 Service。',
      useClusterIP: '改成 `type: ClusterIP`',
    },
  },
  docs: {
    summary: {
      en: 'A headless Service (`clusterIP: None`) cannot be of type `NodePort` or `LoadBalancer`.',
      'zh-TW': 'Headless Service（`clusterIP: None`）的類型不能是 `NodePort` 或 `LoadBalancer`。',
    },
    why: {
      en: 'A StatefulSet needs a headless Service for the per-Pod DNS names (`web-0.web`). Node ports and load balancers send traffic to a cluster IP, and a headless Service has none, so the API server rejects the combination. The usual design is two Services: the headless one named in `serviceName`, and a separate NodePort or LoadBalancer Service for clients.',
      'zh-TW': 'StatefulSet 需要 Headless Service（無頭服務）來提供每個 Pod 的 DNS 名稱（`web-0.web`）。NodePort 和負載平衡器會把流量送到 cluster IP，而 Headless Service 沒有 cluster IP，所以 API 伺服器會拒絕這種組合。常見的做法是建立兩個 Service：一個是 `serviceName` 指定的 Headless Service，另一個是給用戶端使用的 NodePort 或 LoadBalancer Service。',
    },
    bad: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: NodePort\n  clusterIP: None\n  selector:\n    app: web\n  ports:\n  - port: 80\n',
    good: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: ClusterIP\n  clusterIP: None\n  selector:\n    app: web\n  ports:\n  - port: 80\n',
    source: 'https://kubernetes.io/docs/concepts/services-networking/service/#headless-services',
  },
  check(context) {
    const spec = serviceSpecOf(context.object);
    if (!spec || !isHeadless(spec)) return;
    const type = spec.type;
    if (typeof type !== 'string' || !NEEDS_CLUSTER_IP.includes(type)) return;

    const edit = replaceString(context, ['spec', 'type'], 'ClusterIP');
    context.report({
      path: ['spec', 'type'],
      messageId: 'conflict',
      data: {name: context.object.name ?? '', type},
      fix: edit ? {messageId: 'useClusterIP', edits: [edit]} : undefined,
    });
  },
};
