import {getIn, isRecord} from '../k8s/objects';
import {exampleStatefulSet, isDefaulted, matchEnum} from '../k8s/statefulset-spec';
import type {Rule} from '../rule';
import {replaceString} from '../yaml/scalar-edit';

const POLICY_PATH = ['spec', 'persistentVolumeClaimRetentionPolicy'];
const WHEN = ['whenDeleted', 'whenScaled'];
const ACTIONS = ['Retain', 'Delete'];

/**
 * `whenDeleted` / `whenScaled` are Retain or Delete, case and all
 * (`ValidatePersistentVolumeClaimRetentionPolicyType`); "" is defaulted to
 * Retain first (pkg/apis/apps/v1/defaults.go).
 */
export const rule: Rule = {
  id: 'sts-pvc-retention-policy',
  severity: 'error',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      invalid: '`persistentVolumeClaimRetentionPolicy.{field}` is `{value}`, which is not a policy: it must be `Retain` (keep the PersistentVolumeClaims, the default) or `Delete` (delete them, and usually the data with them). The API server rejects the StatefulSet. Pick one of the two.',
      wrongCase: '`persistentVolumeClaimRetentionPolicy.{field}` is `{value}`, but values are case-sensitive: the policy meant is `{canonical}`. The API server rejects the StatefulSet as it is. Write `{canonical}`.',
      fixCase: 'Write `{canonical}`',
    },
    'zh-TW': {
      invalid: '`persistentVolumeClaimRetentionPolicy.{field}` 是 `{value}`，這不是有效的策略：只能是 `Retain`（保留 PersistentVolumeClaim，預設值）或 `Delete`（刪除它們，資料通常也跟著刪除）。API 伺服器會拒絕這個 StatefulSet。請二選一。',
      wrongCase: '`persistentVolumeClaimRetentionPolicy.{field}` 是 `{value}`，但值要區分大小寫：這裡應該是 `{canonical}`。照現在的寫法，API 伺服器會拒絕這個 StatefulSet。請改成 `{canonical}`。',
      fixCase: '改成 `{canonical}`',
    },
  },
  docs: {
    summary: {
      en: '`whenDeleted` and `whenScaled` of the PVC retention policy must be `Retain` or `Delete`.',
      'zh-TW': 'PVC 保留策略的 `whenDeleted` 與 `whenScaled` 只能是 `Retain` 或 `Delete`。',
    },
    why: {
      en: 'Each Pod of a StatefulSet gets its own PersistentVolumeClaim from the claim templates, and by default the claims outlive the Pods: deleting or scaling down the StatefulSet keeps the data. The retention policy can change that per event. Because `Delete` can destroy data, Kubernetes accepts only the exact words `Retain` and `Delete`.',
      'zh-TW': 'StatefulSet 的每個 Pod 都會依照 claim 範本得到自己的 PersistentVolumeClaim（PVC），預設情況下 PVC 比 Pod 活得久：刪除或縮減 StatefulSet 時資料仍會保留。保留策略可以針對這兩種情況改變這個行為。因為 `Delete` 可能毀掉資料，Kubernetes 只接受一字不差的 `Retain` 和 `Delete`。',
    },
    bad: exampleStatefulSet({spec: '  persistentVolumeClaimRetentionPolicy:\n    whenDeleted: Keep\n    whenScaled: Retain\n'}),
    good: exampleStatefulSet({spec: '  persistentVolumeClaimRetentionPolicy:\n    whenDeleted: Retain\n    whenScaled: Delete\n'}),
    source: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#persistentvolumeclaim-retention',
  },
  check(context) {
    const policy = getIn(context.object.value, POLICY_PATH);
    if (!isRecord(policy)) return;

    for (const field of WHEN) {
      const value = policy[field];
      if (typeof value !== 'string' || isDefaulted(value)) continue;
      const match = matchEnum(value, ACTIONS);
      if (match.kind === 'valid') continue;
      const path = [...POLICY_PATH, field];
      if (match.kind === 'invalid') {
        context.report({path, messageId: 'invalid', data: {field, value}});
        continue;
      }
      const {canonical} = match;
      const edit = replaceString(context, path, canonical);
      context.report({
        path,
        messageId: 'wrongCase',
        data: {field, value, canonical},
        fix: edit && {messageId: 'fixCase', data: {canonical}, edits: [edit]},
      });
    }
  },
};
