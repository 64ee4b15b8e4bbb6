import type {Locale} from '../checker/types';
import type {EventData, SimEvent, SpecNote} from './types';

// Every sentence the simulator can say, per language, by message id. Values
// in `{braces}` come from the event; names and fields are in backticks, which
// the UI shows as code. zh-TW follows ../../../shared/GLOSSARY.zh-TW.md.

const en = {
  // The reader's actions.
  actionScaleUp: 'You scale the StatefulSet from {from} to {to} replicas.',
  actionScaleDown: 'You scale the StatefulSet down from {from} to {to} replicas.',
  actionUpdate: 'You change the Pod template: revision {revision} starts a rolling update.',
  actionUpdateBroken:
    'You change the Pod template to revision {revision}, whose Pods will never become Ready (say, a bad image or configuration).',
  actionUpdateOnDelete:
    'You change the Pod template to revision {revision}. With `OnDelete` nothing happens to running Pods: each one takes the new template only when it is deleted.',
  actionUpdateBrokenOnDelete:
    'You change the Pod template to revision {revision}, whose Pods will never become Ready. With `OnDelete` no running Pod is touched until you delete it.',
  actionRollBack:
    'You roll the Pod template back from revision {from} to revision {revision}.',
  actionPartition: 'You set `partition` from {from} to {to}.',
  actionMarkNeverReady:
    'You make `{pod}` fail its readiness probe: from now on it never becomes Ready.',
  actionClearNeverReady: 'You fix `{pod}`: its readiness probe can pass again.',
  actionDeletePod: 'You delete `{pod}` by hand (`kubectl delete pod {pod}`).',
  actionDeleteStatefulSet:
    'You delete the StatefulSet. `whenDeleted` is `{policy}`.',

  // The controller.
  podCreatedFirst: '`{pod}` is created first: ordinals start at the lowest.',
  podCreatedOrdered:
    '`{pod}` is created: `{previous}` is Running and Ready, and `OrderedReady` starts one Pod at a time, each after the one before it.',
  podCreatedParallel:
    '`{pod}` is created: with `Parallel` the controller starts every missing Pod at once, without waiting for any to be Ready.',
  podRecreatedUpdate:
    '`{pod}` is created again from revision {revision}, with the same name and the same claims.',
  podRecreatedManual:
    '`{pod}` is created again from revision {revision}, with the same name and the same claims.',
  podTerminatingScaleDown:
    '`{pod}` is terminating: `replicas` is now {replicas}, and a scale-down removes the highest ordinal first, one Pod at a time.',
  podTerminatingParallel:
    '`{pod}` is terminating: `replicas` is now {replicas}, and with `Parallel` every Pod above the range goes at once.',
  podTerminatingUpdate:
    '`{pod}` is terminating, to be replaced from revision {revision}: a rolling update goes from the highest ordinal down, one Pod at a time.',
  claimCreated:
    'Claim `{claim}` is created from the template `{template}` for `{pod}`.',
  claimCreatedAgain:
    'Claim `{claim}` is created again, empty: the old one was deleted, and its data with it.',
  claimReattached:
    '`{pod}` gets its old claim `{claim}` back, with the data it held: the claim stayed when the Pod was removed.',

  // The cluster.
  podReady: '`{pod}` is Running and Ready (revision {revision}).',
  podRecovered: '`{pod}` passes its readiness probe again: Running and Ready.',
  podRunningNotReadyMarked:
    '`{pod}` is Running but never becomes Ready: you marked it so.',
  podRunningNotReadyBroken:
    '`{pod}` is Running but never becomes Ready: revision {revision} is broken.',
  podBecameNotReady: '`{pod}` fails its readiness probe: it is no longer Ready.',
  podAvailable:
    '`{pod}` has been Ready for `minReadySeconds` ({seconds} s): it now counts as available, and the controller moves on.',
  podTerminated: '`{pod}` has shut down and is gone.',
  podTerminatingSetDeleted:
    '`{pod}` is terminating: the garbage collector deletes the Pods of a deleted StatefulSet all at once, in no order. (To shut them down in order, scale to 0 first.)',
  claimKeptScaleDown:
    'Claim `{claim}` stays: `whenScaled` is `Retain`, so a later scale-up gives it back to `{pod}`.',
  claimDeletedScaleDown:
    'Claim `{claim}` is deleted now that `{pod}` is gone: `whenScaled` is `Delete`.',
  claimKeptSetDeleted:
    'Claim `{claim}` stays: `whenDeleted` is `Retain`. It outlives the StatefulSet until you delete it.',
  claimDeletedSetDeleted:
    'Claim `{claim}` is deleted: `whenDeleted` is `Delete`.',

  // Stuck: nothing moves until the reader acts.
  stuckCreate:
    'Stuck: `{next}` is not created, because `{pod}` is not Ready and `OrderedReady` starts no Pod until every Pod before it is Running and Ready.',
  stuckScaleDown:
    'Stuck: `{next}` is not removed, because `{pod}` is not Ready and `OrderedReady` scales down only while every Pod is Running and Ready.',
  stuckUpdate:
    'The rolling update is stuck: `{pod}` is not Ready, so the controller does not replace `{next}`.',
  stuckIdle:
    'Stuck: the controller waits for `{pod}` to become Ready, which it never will.',
  hintClearMark:
    'To go on, fix `{pod}` (clear its mark). Deleting it would not help: the new `{pod}` would fail the same way.',
  hintForcedRollback:
    'Rolling the template back to revision {good} is not enough: the controller keeps waiting for `{pod}` to become Ready before it replaces it. Roll back, then delete `{pod}` (a forced rollback).',
  hintDeleteBroken:
    'The template is back at revision {good}, but the controller still waits for `{pod}`, which runs the broken revision {revision}. Delete `{pod}`: it comes back from revision {good}.',

  // Settled: nothing more to do.
  settled: 'Done: all {replicas} Pods are Running and Ready at revision {revision}.',
  settledEmpty: 'Done: `replicas` is 0, no Pod is left. The claims that stayed are listed below.',
  settledNotReady:
    'The controller has nothing more to do, but {pods} are not Ready. With `Parallel` they hold no one else back.',
  settledPartition:
    'Done: `partition` is {partition}, so {updated} run revision {revision}, and {outdated} keep the old revision until `partition` goes down.',
  settledOnDelete:
    'Done for now: under `OnDelete`, {outdated} keep the old revision until you delete them; {updated} run revision {revision}.',
  settledSetDeleted: 'The StatefulSet and all its claims are gone.',
  settledSetDeletedKept:
    'The StatefulSet is gone; claims {claims} remain, with their data. A new StatefulSet with the same name would use them again.',

  // Notes about the manifest.
  replicasCapped:
    '`replicas` is {replicas}; the simulator shows only the first {max}.',
  maxUnavailableIgnored:
    '`maxUnavailable` (`{value}`) is simulated as 1: without the `MaxUnavailableStatefulSet` feature gate, off by default in Kubernetes 1.36, the API server drops it.',
  partitionCoversAll:
    '`partition` ({partition}) is not below `replicas` ({replicas}): a template change updates no Pod.',
  partitionFromStart:
    'With `ordinals.start` {start}, the controller counts `partition` {partition} from the first ordinal: `{first}` and above are updated. (The API reference speaks of ordinals; kubernetes/kubernetes#128529.)',
  policySwitched:
    '`podManagementPolicy` cannot be changed on an existing StatefulSet, so the simulation starts over with `{policy}`.',
} as const;

export type MessageId = keyof typeof en;

const zhTW: Record<MessageId, string> = {
  actionScaleUp: '你把 StatefulSet 從 {from} 個副本擴展到 {to} 個。',
  actionScaleDown: '你把 StatefulSet 從 {from} 個副本縮減到 {to} 個。',
  actionUpdate: '你修改了 Pod 範本：第 {revision} 版開始滾動更新。',
  actionUpdateBroken:
    '你把 Pod 範本改成第 {revision} 版，它的 Pod 永遠不會 Ready（例如映像檔或設定有誤）。',
  actionUpdateOnDelete:
    '你把 Pod 範本改成第 {revision} 版。在 `OnDelete` 下執行中的 Pod 不受影響：每個 Pod 要等被刪除後，才會用新範本重建。',
  actionUpdateBrokenOnDelete:
    '你把 Pod 範本改成第 {revision} 版，它的 Pod 永遠不會 Ready。在 `OnDelete` 下，你刪除之前不會動到任何執行中的 Pod。',
  actionRollBack: '你把 Pod 範本從第 {from} 版退回第 {revision} 版。',
  actionPartition: '你把 `partition` 從 {from} 改成 {to}。',
  actionMarkNeverReady: '你讓 `{pod}` 的就緒探針失敗：從現在起它永遠不會 Ready。',
  actionClearNeverReady: '你修好了 `{pod}`：它的就緒探針又能通過了。',
  actionDeletePod: '你手動刪除 `{pod}`（`kubectl delete pod {pod}`）。',
  actionDeleteStatefulSet: '你刪除了 StatefulSet。`whenDeleted` 是 `{policy}`。',

  podCreatedFirst: '先建立 `{pod}`：序號從最小的開始。',
  podCreatedOrdered:
    '建立 `{pod}`：`{previous}` 已經 Running 且 Ready，而 `OrderedReady` 一次只啟動一個 Pod，每個都等前一個就緒。',
  podCreatedParallel:
    '建立 `{pod}`：在 `Parallel` 下，控制器一次啟動所有缺少的 Pod，不等任何一個 Ready。',
  podRecreatedUpdate: '用第 {revision} 版重新建立 `{pod}`，名稱和 PVC 都跟原來一樣。',
  podRecreatedManual: '用第 {revision} 版重新建立 `{pod}`，名稱和 PVC 都跟原來一樣。',
  podTerminatingScaleDown:
    '`{pod}` 正在終止：`replicas` 現在是 {replicas}，縮減時從序號最大的開始，一次一個 Pod。',
  podTerminatingParallel:
    '`{pod}` 正在終止：`replicas` 現在是 {replicas}，在 `Parallel` 下超出範圍的 Pod 會同時移除。',
  podTerminatingUpdate:
    '`{pod}` 正在終止，接著會用第 {revision} 版取代：滾動更新從序號最大的開始往下，一次一個 Pod。',
  claimCreated: '依範本 `{template}` 為 `{pod}` 建立 PVC `{claim}`。',
  claimCreatedAgain: '重新建立 PVC `{claim}`，內容是空的：舊的已經刪除，資料也跟著沒了。',
  claimReattached:
    '`{pod}` 拿回原本的 PVC `{claim}` 和裡面的資料：Pod 被移除時這個 PVC 留了下來。',

  podReady: '`{pod}` 已經 Running 且 Ready（第 {revision} 版）。',
  podRecovered: '`{pod}` 的就緒探針又通過了：Running 且 Ready。',
  podRunningNotReadyMarked: '`{pod}` 在執行，但永遠不會 Ready：這是你設定的。',
  podRunningNotReadyBroken: '`{pod}` 在執行，但永遠不會 Ready：第 {revision} 版是壞的。',
  podBecameNotReady: '`{pod}` 的就緒探針失敗：它不再 Ready。',
  podAvailable:
    '`{pod}` 已經 Ready 滿 `minReadySeconds`（{seconds} 秒）：現在算是可用，控制器繼續下一步。',
  podTerminated: '`{pod}` 已經停止並消失。',
  podTerminatingSetDeleted:
    '`{pod}` 正在終止：StatefulSet 被刪除後，垃圾回收會同時刪除它的所有 Pod，不照順序。（想依序關閉，請先縮減到 0。）',
  claimKeptScaleDown:
    'PVC `{claim}` 保留下來：`whenScaled` 是 `Retain`，之後再擴展時會還給 `{pod}`。',
  claimDeletedScaleDown: '`{pod}` 消失後，PVC `{claim}` 被刪除：`whenScaled` 是 `Delete`。',
  claimKeptSetDeleted:
    'PVC `{claim}` 保留下來：`whenDeleted` 是 `Retain`。StatefulSet 刪除後它仍然存在，直到你手動刪除。',
  claimDeletedSetDeleted: 'PVC `{claim}` 被刪除：`whenDeleted` 是 `Delete`。',

  stuckCreate:
    '卡住了：`{next}` 沒有建立，因為 `{pod}` 不是 Ready，而 `OrderedReady` 要等前面每個 Pod 都 Running 且 Ready 才會啟動下一個。',
  stuckScaleDown:
    '卡住了：`{next}` 沒有移除，因為 `{pod}` 不是 Ready，而 `OrderedReady` 只在每個 Pod 都 Running 且 Ready 時才會縮減。',
  stuckUpdate: '滾動更新卡住了：`{pod}` 不是 Ready，所以控制器不會取代 `{next}`。',
  stuckIdle: '卡住了：控制器在等 `{pod}` 變成 Ready，但它永遠不會。',
  hintClearMark:
    '要繼續，請修好 `{pod}`（取消標記）。刪除它沒有用：新的 `{pod}` 會以同樣的方式失敗。',
  hintForcedRollback:
    '只把範本退回第 {good} 版還不夠：控制器會一直等 `{pod}` 變成 Ready，才會取代它。請先退回範本，再刪除 `{pod}`（強制回復）。',
  hintDeleteBroken:
    '範本已經退回第 {good} 版，但控制器仍在等執行壞掉的第 {revision} 版的 `{pod}`。請刪除 `{pod}`：它會用第 {good} 版重建。',

  settled: '完成：{replicas} 個 Pod 全部 Running 且 Ready，都是第 {revision} 版。',
  settledEmpty: '完成：`replicas` 是 0，沒有剩下任何 Pod。保留下來的 PVC 列在下方。',
  settledNotReady:
    '控制器沒有其他事要做了，但 {pods} 不是 Ready。在 `Parallel` 下，它們不會擋住其他 Pod。',
  settledPartition:
    '完成：`partition` 是 {partition}，所以 {updated} 執行第 {revision} 版，{outdated} 維持舊版，直到調低 `partition`。',
  settledOnDelete:
    '目前告一段落：在 `OnDelete` 下，{outdated} 維持舊版，直到你刪除它們；{updated} 執行第 {revision} 版。',
  settledSetDeleted: 'StatefulSet 和它所有的 PVC 都刪除了。',
  settledSetDeletedKept:
    'StatefulSet 已經刪除；PVC {claims} 和其中的資料還在。之後建立同名的 StatefulSet 會再次使用它們。',

  replicasCapped: '`replicas` 是 {replicas}；模擬器只顯示前 {max} 個。',
  maxUnavailableIgnored:
    '`maxUnavailable`（`{value}`）在模擬中視為 1：沒有開啟 `MaxUnavailableStatefulSet` 功能開關時（Kubernetes 1.36 預設關閉），API 伺服器會丟掉這個欄位。',
  partitionCoversAll:
    '`partition`（{partition}）沒有小於 `replicas`（{replicas}）：修改範本不會更新任何 Pod。',
  partitionFromStart:
    '`ordinals.start` 是 {start} 時，控制器從第一個序號開始算 `partition` {partition}：更新的是 `{first}` 以上的 Pod。（API 參考文件說比較的是序號；見 kubernetes/kubernetes#128529。）',
  policySwitched:
    '已經存在的 StatefulSet 不能修改 `podManagementPolicy`，所以模擬改用 `{policy}` 從頭開始。',
};

export const MESSAGES: Record<Locale, Record<MessageId, string>> = {
  en,
  'zh-TW': zhTW,
};

export function isMessageId(id: string): id is MessageId {
  return Object.hasOwn(en, id);
}

/** An event or note as a sentence in `locale`; names in backticks. */
export function formatMessage(
  item: Pick<SimEvent, 'messageId' | 'data'> | SpecNote,
  locale: Locale,
): string {
  const table = MESSAGES[locale];
  // A message id missing from the table is a bug; the test of messages
  // catches it, and the reader still sees something rather than nothing.
  const template = isMessageId(item.messageId) ? table[item.messageId] : item.messageId;
  return fill(template, item.data, locale);
}

function fill(template: string, data: EventData, locale: Locale): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = data[name];
    if (value === undefined) return whole;
    return Array.isArray(value) ? list(value, locale) : String(value);
  });
}

/** `a`, `b` and `c` / `a`、`b` 和 `c`. */
function list(names: readonly string[], locale: Locale): string {
  const items = names.map((name) => `\`${name}\``);
  if (items.length <= 1) return items.join('');
  const last = items.pop();
  return locale === 'en'
    ? `${items.join(', ')} and ${last}`
    : `${items.join('、')} 和 ${last}`;
}
