import type {Rule} from '../rule';
import {firstDifference, isEmptyValue, type Difference} from '../k8s/diff';
import {asArray, getIn, isRecord} from '../k8s/objects';
import {quantityValue} from '../k8s/quantity';
import {formatPath} from '../yaml/locate';

// ValidateStatefulSetUpdate (pkg/apis/apps/validation/validation.go) allows
// changes only to replicas, ordinals, template, updateStrategy,
// revisionHistoryLimit, persistentVolumeClaimRetentionPolicy and
// minReadySeconds. These are the other fields of the spec (unknown fields
// are the schema rule's business).
const IMMUTABLE = ['selector', 'serviceName', 'podManagementPolicy', 'volumeClaimTemplates'];

/**
 * An update that changes a field of a StatefulSet's spec that cannot change
 * after creation. Runs only when the live object is given.
 */
export const rule: Rule = {
  id: 'sts-update-forbidden-field',
  severity: 'error',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      changed:
        '`{field}` changes from `{before}` to `{after}`, but after a StatefulSet is created only `replicas`, `ordinals`, `template`, `updateStrategy`, `revisionHistoryLimit`, `persistentVolumeClaimRetentionPolicy` and `minReadySeconds` may change: the API server rejects this update ("spec: Forbidden"). Keep the live value, or delete the StatefulSet but keep its Pods (`kubectl delete statefulset {name} --cascade=orphan`) and apply this file to create it again.',
      added:
        '`{field}` is set to `{after}` here but not on the live StatefulSet, and after creation only `replicas`, `ordinals`, `template`, `updateStrategy`, `revisionHistoryLimit`, `persistentVolumeClaimRetentionPolicy` and `minReadySeconds` may change: the API server rejects this update ("spec: Forbidden"). Remove it, or delete the StatefulSet but keep its Pods (`kubectl delete statefulset {name} --cascade=orphan`) and apply this file to create it again.',
      removed:
        '`{field}` is `{before}` on the live StatefulSet but missing here, and after creation only `replicas`, `ordinals`, `template`, `updateStrategy`, `revisionHistoryLimit`, `persistentVolumeClaimRetentionPolicy` and `minReadySeconds` may change: the API server rejects this update ("spec: Forbidden"). Put it back, or delete the StatefulSet but keep its Pods (`kubectl delete statefulset {name} --cascade=orphan`) and apply this file to create it again.',
      claimStorage:
        'The storage request of claim template `{claim}` changes from `{before}` to `{after}`, but `volumeClaimTemplates` cannot change after creation: the API server rejects this update ("spec: Forbidden"). Grow the existing volumes instead: patch each PVC (`kubectl patch pvc {claim}-{name}-0 -p \'{"spec":{"resources":{"requests":{"storage":"{after}"}}}}\'`, and the same for every ordinal; the StorageClass needs `allowVolumeExpansion: true`), then recreate the StatefulSet so that new Pods get the new size: `kubectl delete statefulset {name} --cascade=orphan`, and apply this file.',
      claimChanged:
        '`{field}` changes from `{before}` to `{after}`, but `volumeClaimTemplates` cannot change after creation: the API server rejects this update ("spec: Forbidden"), and existing PVCs would not follow anyway. Keep the live value. To change the template for PVCs created from now on, delete the StatefulSet but keep its Pods (`kubectl delete statefulset {name} --cascade=orphan`) and apply this file.',
      claimAdded:
        '`{field}` is set to `{after}` here but not on the live StatefulSet, and `volumeClaimTemplates` cannot change after creation: the API server rejects this update ("spec: Forbidden"), and existing PVCs would not follow anyway. Remove it. To change the template for PVCs created from now on, delete the StatefulSet but keep its Pods (`kubectl delete statefulset {name} --cascade=orphan`) and apply this file.',
      claimRemoved:
        '`{field}` is `{before}` on the live StatefulSet but missing here, and `volumeClaimTemplates` cannot change after creation: the API server rejects this update ("spec: Forbidden"), and existing PVCs would not follow anyway. Put it back. To change the template for PVCs created from now on, delete the StatefulSet but keep its Pods (`kubectl delete statefulset {name} --cascade=orphan`) and apply this file.',
      claimCount:
        'The number of claim templates changes from {before} in the live StatefulSet to {after} in this file, but `volumeClaimTemplates` cannot change after creation: the API server rejects this update ("spec: Forbidden"). Keep the live claim templates. To add or remove one, delete the StatefulSet but keep its Pods (`kubectl delete statefulset {name} --cascade=orphan`) and apply this file; the existing Pods get the new volumes only when they are recreated.',
    },
    'zh-TW': {
      changed:
        '`{field}` 從 `{before}` 改成 `{after}`，但 StatefulSet 建立後只有 `replicas`、`ordinals`、`template`、`updateStrategy`、`revisionHistoryLimit`、`persistentVolumeClaimRetentionPolicy` 和 `minReadySeconds` 可以修改：API 伺服器會拒絕這次更新（「spec: Forbidden」）。請保留叢集上的值；或是刪除 StatefulSet 但保留它的 Pod（`kubectl delete statefulset {name} --cascade=orphan`），再套用這個檔案重新建立。',
      added:
        '這裡設定了 `{field}` 為 `{after}`，叢集上的 StatefulSet 卻沒有這個欄位，而建立後只有 `replicas`、`ordinals`、`template`、`updateStrategy`、`revisionHistoryLimit`、`persistentVolumeClaimRetentionPolicy` 和 `minReadySeconds` 可以修改：API 伺服器會拒絕這次更新（「spec: Forbidden」）。請移除它；或是刪除 StatefulSet 但保留它的 Pod（`kubectl delete statefulset {name} --cascade=orphan`），再套用這個檔案重新建立。',
      removed:
        '叢集上的 StatefulSet 有 `{field}`（值為 `{before}`），這裡卻沒有，而建立後只有 `replicas`、`ordinals`、`template`、`updateStrategy`、`revisionHistoryLimit`、`persistentVolumeClaimRetentionPolicy` 和 `minReadySeconds` 可以修改：API 伺服器會拒絕這次更新（「spec: Forbidden」）。請把它加回來；或是刪除 StatefulSet 但保留它的 Pod（`kubectl delete statefulset {name} --cascade=orphan`），再套用這個檔案重新建立。',
      claimStorage:
        'claim template `{claim}` 的儲存容量要求從 `{before}` 改成 `{after}`，但 `volumeClaimTemplates` 建立後不能修改：API 伺服器會拒絕這次更新（「spec: Forbidden」）。請改為擴充現有的 Volume：逐一修改每個 PVC（`kubectl patch pvc {claim}-{name}-0 -p \'{"spec":{"resources":{"requests":{"storage":"{after}"}}}}\'`，每個序號都要做；StorageClass 必須設定 `allowVolumeExpansion: true`），再重新建立 StatefulSet，讓新的 Pod 使用新的容量：`kubectl delete statefulset {name} --cascade=orphan`，然後套用這個檔案。',
      claimChanged:
        '`{field}` 從 `{before}` 改成 `{after}`，但 `volumeClaimTemplates` 建立後不能修改：API 伺服器會拒絕這次更新（「spec: Forbidden」），既有的 PVC 也不會跟著改變。請保留叢集上的值。若要讓之後建立的 PVC 使用新的範本，請刪除 StatefulSet 但保留它的 Pod（`kubectl delete statefulset {name} --cascade=orphan`），再套用這個檔案。',
      claimAdded:
        '這裡設定了 `{field}` 為 `{after}`，叢集上的 StatefulSet 卻沒有，而 `volumeClaimTemplates` 建立後不能修改：API 伺服器會拒絕這次更新（「spec: Forbidden」），既有的 PVC 也不會跟著改變。請移除它。若要讓之後建立的 PVC 使用新的範本，請刪除 StatefulSet 但保留它的 Pod（`kubectl delete statefulset {name} --cascade=orphan`），再套用這個檔案。',
      claimRemoved:
        '叢集上的 StatefulSet 有 `{field}`（值為 `{before}`），這裡卻沒有，而 `volumeClaimTemplates` 建立後不能修改：API 伺服器會拒絕這次更新（「spec: Forbidden」），既有的 PVC 也不會跟著改變。請把它加回來。若要讓之後建立的 PVC 使用新的範本，請刪除 StatefulSet 但保留它的 Pod（`kubectl delete statefulset {name} --cascade=orphan`），再套用這個檔案。',
      claimCount:
        '這個檔案有 {after} 個 claim template，叢集上的 StatefulSet 有 {before} 個，但 `volumeClaimTemplates` 建立後不能修改：API 伺服器會拒絕這次更新（「spec: Forbidden」）。請保留叢集上的 claim template。若要新增或移除，請刪除 StatefulSet 但保留它的 Pod（`kubectl delete statefulset {name} --cascade=orphan`），再套用這個檔案；既有的 Pod 要等重新建立後才會拿到新的 Volume。',
    },
  },
  docs: {
    summary: {
      en: 'An update may change only the mutable fields of a StatefulSet\'s spec.',
      'zh-TW': '更新時只能修改 StatefulSet spec 中可變更的欄位。',
    },
    why: {
      en: 'After creation the API server accepts changes only to `replicas`, `ordinals`, `template`, `updateStrategy`, `revisionHistoryLimit`, `persistentVolumeClaimRetentionPolicy` and `minReadySeconds`. The selector, the Service name, the Pod management policy and the claim templates are fixed, because Pods and PersistentVolumeClaims were already created from them. A Helm upgrade that re-renders any of them (a chart label in a claim template, a storage class left out, a bigger disk) fails with "spec: Forbidden". The way out is to leave them as they are, or to delete the StatefulSet with `--cascade=orphan`, which keeps the Pods and volumes running, and create it again.',
      'zh-TW': '建立之後，API 伺服器只接受修改 `replicas`、`ordinals`、`template`、`updateStrategy`、`revisionHistoryLimit`、`persistentVolumeClaimRetentionPolicy` 和 `minReadySeconds`。選擇器、Service 名稱、Pod 管理策略和 claim template 都固定不變，因為 Pod 和 PersistentVolumeClaim 已經依照它們建立了。Helm 升級時只要重新產生了其中任何一項（claim template 裡的 chart 標籤、漏掉的 StorageClass、加大的磁碟），就會以「spec: Forbidden」失敗。解法是維持原狀，或用 `--cascade=orphan` 刪除 StatefulSet（Pod 和 Volume 繼續執行），再重新建立。',
    },
    bad: [
      'apiVersion: apps/v1',
      'kind: StatefulSet',
      'metadata:',
      '  name: web',
      'spec:',
      '  serviceName: nginx',
      '  podManagementPolicy: Parallel',
      '  selector:',
      '    matchLabels:',
      '      app: web',
      '  template:',
      '    metadata:',
      '      labels:',
      '        app: web',
      '    spec:',
      '      containers:',
      '      - name: web',
      '        image: registry.k8s.io/nginx-slim:0.8',
      '',
    ].join('\n'),
    good: [
      'apiVersion: apps/v1',
      'kind: StatefulSet',
      'metadata:',
      '  name: web',
      'spec:',
      '  serviceName: nginx',
      '  selector:',
      '    matchLabels:',
      '      app: web',
      '  template:',
      '    metadata:',
      '      labels:',
      '        app: web',
      '    spec:',
      '      containers:',
      '      - name: web',
      '        image: registry.k8s.io/nginx-slim:0.9',
      '',
    ].join('\n'),
    // The live StatefulSet both examples update.
    old: [
      'apiVersion: apps/v1',
      'kind: StatefulSet',
      'metadata:',
      '  name: web',
      'spec:',
      '  serviceName: nginx',
      '  selector:',
      '    matchLabels:',
      '      app: web',
      '  template:',
      '    metadata:',
      '      labels:',
      '        app: web',
      '    spec:',
      '      containers:',
      '      - name: web',
      '        image: registry.k8s.io/nginx-slim:0.8',
      '',
    ].join('\n'),
    source: 'https://github.com/kubernetes/kubernetes/blob/master/pkg/apis/apps/validation/validation.go',
    limitations: {
      en: 'Judged only when the live object is given (the update mode). The `bad` and `good` examples above are updates of the same StatefulSet without `podManagementPolicy` and with image 0.8.',
      'zh-TW': '只有提供叢集上的物件時（更新模式）才會判斷。上面的 `bad` 和 `good` 範例，都是對同一個沒有 `podManagementPolicy`、映像檔為 0.8 的 StatefulSet 所做的更新。',
    },
  },
  check(context) {
    const {object, old} = context;
    const before = old?.value.spec;
    const after = object.value.spec;
    if (!isRecord(before) || !isRecord(after)) return;

    const name = object.name ?? '<name>';
    for (const field of IMMUTABLE) {
      const difference = firstDifference(
        normalize(field, before[field]),
        normalize(field, after[field]),
        ['spec', field],
      );
      if (!difference) continue;
      const raw = {
        before: getIn(old?.value, difference.path),
        after: getIn(object.value, difference.path),
      };
      const {messageId, data} = describe(field, difference, raw, object.value);
      context.report({
        path: difference.path,
        messageId,
        data: {...data, name, field: formatPath(difference.path)},
      });
    }
  },
};

type Described = {messageId: string; data: Record<string, string | number>};

function describe(
  field: string,
  difference: Difference,
  raw: {before: unknown; after: unknown},
  value: Record<string, unknown>,
): Described {
  const shown = {before: display(raw.before), after: display(raw.after)};
  if (field !== 'volumeClaimTemplates') return {messageId: difference.change, data: shown};

  const [, , index, ...rest] = difference.path;
  if (index === undefined) {
    const count = (list: unknown) => asArray(list).length;
    return {messageId: 'claimCount', data: {before: count(raw.before), after: count(raw.after)}};
  }
  const claimName = getIn(value, ['spec', 'volumeClaimTemplates', index, 'metadata', 'name']);
  const claim = typeof claimName === 'string' ? claimName : `#${String(index)}`;
  const isStorage = rest.join('.') === 'spec.resources.requests.storage';
  if (isStorage && difference.change === 'changed') {
    return {messageId: 'claimStorage', data: {...shown, claim}};
  }
  const messageId = {changed: 'claimChanged', added: 'claimAdded', removed: 'claimRemoved'}[difference.change];
  return {messageId, data: shown};
}

function display(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? '');
}

// Both sides are compared after the defaulting the API server applies to
// each (pkg/apis/apps/v1/defaults.go, pkg/apis/core/v1/defaults.go), and with
// quantities by value, as apiequality.Semantic compares them.
function normalize(field: string, value: unknown): unknown {
  if (field === 'podManagementPolicy') return isEmptyValue(value) ? 'OrderedReady' : value;
  if (field !== 'volumeClaimTemplates' || !Array.isArray(value)) return value;
  return value.map((template) => {
    if (!isRecord(template)) return template;
    // apiVersion/kind are not kept by the conversion, status is defaulted to
    // Pending on both sides, and metadata.creationTimestamp is null on both.
    const rest = {...template};
    for (const key of ['apiVersion', 'kind', 'status']) delete rest[key];
    const spec = isRecord(rest.spec) ? {...rest.spec} : rest.spec;
    if (isRecord(spec)) {
      if (isEmptyValue(spec.volumeMode)) spec.volumeMode = 'Filesystem';
      if (isRecord(spec.resources)) spec.resources = normalizeResources(spec.resources);
    }
    return {...rest, spec};
  });
}

function normalizeResources(resources: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {...resources};
  for (const key of ['requests', 'limits']) {
    const list = resources[key];
    if (!isRecord(list)) continue;
    out[key] = Object.fromEntries(
      Object.entries(list).map(([resource, quantity]) => [resource, quantityValue(quantity) ?? quantity]),
    );
  }
  return out;
}
