import {asArray, isRecord} from '../k8s/objects';
import {containersOf, volumeNamesOf} from '../k8s/pod-template';
import type {Rule} from '../rule';
import {closestMatch} from '../suggest';
import {replaceString} from '../yaml/scalar-edit';

/**
 * A volume mount (or volume device) names a volume of the Pod template or a
 * claim template (`ValidateVolumeMounts` / `ValidateVolumeDevices` in
 * pkg/apis/core/validation/validation.go, with the claim templates added as
 * volumes by `volumesToAddForTemplates`; StatefulSets since v1.34).
 */
export const rule: Rule = {
  id: 'pod-volume-mount-unknown',
  severity: 'error',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      required: 'This mount has no `name`. A mount says which volume to put at `mountPath`, by that volume’s name; since Kubernetes 1.34 the StatefulSet is rejected, and older clusters fail to create every replica. Set `name` to a claim template or a volume of the Pod template.',
      unknown: 'The volume mount `{name}` refers to no volume: the claim templates and Pod volumes are {known}. Since Kubernetes 1.34 the StatefulSet is rejected, and older clusters fail to create every replica. Use one of those names, or add a claim template named `{name}` for data that must survive the Pod.',
      unknownSuggest: 'The volume mount `{name}` refers to no volume: the claim templates and Pod volumes are {known}. Since Kubernetes 1.34 the StatefulSet is rejected, and older clusters fail to create every replica. Did you mean `{suggestion}`?',
      unknownNone: 'The volume mount `{name}` refers to no volume: this StatefulSet has neither claim templates nor Pod volumes. Since Kubernetes 1.34 the StatefulSet is rejected, and older clusters fail to create every replica. Add a `volumeClaimTemplates` entry named `{name}` to give each replica its own persistent storage.',
      rename: 'Mount `{name}` instead',
    },
    'zh-TW': {
      required: '這個掛載沒有 `name`。掛載是用磁碟區的名稱，指定要把哪個磁碟區放到 `mountPath`；從 Kubernetes 1.34 起 StatefulSet 會被拒絕，較舊的叢集則是每個副本都建立失敗。請把 `name` 設成某個 claim template 或 Pod 範本磁碟區的名稱。',
      unknown: '找不到名為 `{name}` 的磁碟區：claim template 和 Pod 磁碟區只有 {known}。從 Kubernetes 1.34 起 StatefulSet 會被拒絕，較舊的叢集則是每個副本都建立失敗。請改用其中一個名稱；如果資料必須在 Pod 重建後保留，就新增一個名為 `{name}` 的 claim template。',
      unknownSuggest: '找不到名為 `{name}` 的磁碟區：claim template 和 Pod 磁碟區只有 {known}。從 Kubernetes 1.34 起 StatefulSet 會被拒絕，較舊的叢集則是每個副本都建立失敗。你是不是要寫 `{suggestion}`？',
      unknownNone: '找不到名為 `{name}` 的磁碟區：這個 StatefulSet 既沒有 claim template，也沒有 Pod 磁碟區。從 Kubernetes 1.34 起 StatefulSet 會被拒絕，較舊的叢集則是每個副本都建立失敗。請在 `volumeClaimTemplates` 加上名為 `{name}` 的項目，讓每個副本都有自己的持久性儲存。',
      rename: '改成掛載 `{name}`',
    },
  },
  docs: {
    summary: {
      en: 'Every `volumeMounts` (and `volumeDevices`) entry must name a claim template or a volume of the Pod template.',
      'zh-TW': '每個 `volumeMounts`（以及 `volumeDevices`）項目都必須指向某個 claim template 或 Pod 範本中的磁碟區。',
    },
    why: {
      en: 'A StatefulSet’s persistent storage reaches its containers only through a mount whose `name` equals a `volumeClaimTemplates` entry: each replica then gets its own PersistentVolumeClaim (`www-web-0`, `www-web-1`…). A typo in that name leaves the mount pointing at nothing. Kubernetes 1.34 and later reject the StatefulSet when it is created; older versions accept it and fail to create every Pod. A Pod volume with the same name as a claim template is replaced by the claim, which is fine.',
      'zh-TW': '容器必須用 `volumeMounts` 掛載與 `volumeClaimTemplates` 項目同名的 volume，StatefulSet 的持久性儲存才進得來：每個副本因此各有一個 PVC（例如 `www-web-0`、`www-web-1`……）。名稱打錯，掛載就什麼也指不到。Kubernetes 1.34 以後在建立時就會拒絕這個 StatefulSet；較舊的版本會先接受，接著每個 Pod 都建立失敗。Pod 磁碟區和 claim template 同名時，會由 claim template 取代，這是允許的。',
    },
    bad: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n        volumeMounts:\n        - name: wwww\n          mountPath: /usr/share/nginx/html\n  volumeClaimTemplates:\n  - metadata:\n      name: www\n    spec:\n      accessModes: [ReadWriteOnce]\n      resources:\n        requests:\n          storage: 1Gi\n',
    good: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n        volumeMounts:\n        - name: www\n          mountPath: /usr/share/nginx/html\n  volumeClaimTemplates:\n  - metadata:\n      name: www\n    spec:\n      accessModes: [ReadWriteOnce]\n      resources:\n        requests:\n          storage: 1Gi\n',
    source: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#volume-claim-templates',
    limitations: {
      en: 'A volume that exists but is itself invalid is treated as existing; its own error is reported by the rule for that volume.',
      'zh-TW': '磁碟區存在但本身不合法時，仍視為存在；它自己的錯誤由負責該磁碟區的規則回報。',
    },
  },
  check(context) {
    const volumes = volumeNamesOf(context.object);
    if (!volumes) return;
    const known = [...volumes].map((name) => `\`${name}\``).join(', ');

    for (const {container, path} of containersOf(context.object)) {
      for (const list of ['volumeMounts', 'volumeDevices']) {
        asArray(container[list]).forEach((mount, index) => {
          if (!isRecord(mount)) return;
          const name = mount.name;
          const namePath = [...path, list, index, 'name'];

          if (name === undefined || name === null || name === '') {
            context.report({path: namePath, messageId: 'required'});
            return;
          }
          // A name of another type is the schema-type rule's.
          if (typeof name !== 'string' || volumes.has(name)) return;

          if (volumes.size === 0) {
            context.report({path: namePath, messageId: 'unknownNone', data: {name}});
            return;
          }
          const suggestion = closestMatch(name, volumes);
          const edit = suggestion && replaceString(context, namePath, suggestion);
          context.report({
            path: namePath,
            messageId: suggestion ? 'unknownSuggest' : 'unknown',
            data: suggestion ? {name, known, suggestion} : {name, known},
            fix: edit ? {messageId: 'rename', data: {name: suggestion}, edits: [edit]} : undefined,
          });
        });
      }
    }
  },
};
