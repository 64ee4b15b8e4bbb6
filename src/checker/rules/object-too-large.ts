import type {Rule} from '../rule';
import {utf8Length} from '../schema/size';

// etcd refuses requests over its --max-request-bytes, 1.5 MiB by default
// ("etcdserver: request is too large").
const ETCD_LIMIT_BYTES = 1.5 * 1024 * 1024;
// Client-side `kubectl apply` copies the whole object into the
// kubectl.kubernetes.io/last-applied-configuration annotation, and all
// annotations together may hold 256 KiB.
const APPLY_LIMIT_BYTES = 256 * 1024;

// TODO(#2): ConfigMap and Secret data have their own 1 MiB limit
// (`ValidateConfigMap`), not checked here.

/**
 * An object too large to store (error) or to `kubectl apply` client-side
 * (warning).
 */
export const rule: Rule = {
  id: 'object-too-large',
  severity: 'error',
  kinds: ['*'],
  messages: {
    en: {
      tooLarge: 'This {kind} is {size} MiB as JSON. etcd stores at most 1.5 MiB per object by default, so the API server fails with "etcdserver: request is too large". Move bulk data (long env lists, embedded files) into ConfigMaps or volumes.',
      tooLargeToApply: 'This {kind} is {size} KiB as JSON. `kubectl apply` copies the whole object into the `kubectl.kubernetes.io/last-applied-configuration` annotation, and annotations may hold 256 KiB in total, so it fails with "metadata.annotations: Too long". Use `kubectl apply --server-side` or `kubectl create`, or make the object smaller.',
    },
    'zh-TW': {
      tooLarge: '這個 {kind} 轉成 JSON 有 {size} MiB。etcd 預設每個物件最多儲存 1.5 MiB，API 伺服器會失敗並回報「etcdserver: request is too large」。請把大量資料（很長的 env 清單、內嵌的檔案）移到 ConfigMap 或磁碟區。',
      tooLargeToApply: '這個 {kind} 轉成 JSON 有 {size} KiB。`kubectl apply` 會把整個物件複製到 `kubectl.kubernetes.io/last-applied-configuration` annotation，而 annotations 合計最多 256 KiB，因此會失敗並回報「metadata.annotations: Too long」。請改用 `kubectl apply --server-side` 或 `kubectl create`，或把物件縮小。',
    },
  },
  docs: {
    summary: {
      en: 'An object must stay under 1.5 MiB (etcd’s default request limit); over 256 KiB, client-side `kubectl apply` fails.',
      'zh-TW': '物件必須小於 1.5 MiB（etcd 預設的請求上限）；超過 256 KiB 時，用戶端的 `kubectl apply` 會失敗。',
    },
    why: {
      en: 'Every object is stored whole in etcd, which refuses large requests. Generated StatefulSets with thousands of environment variables or embedded configuration files hit the limit and are never created; a ConfigMap mounted as a volume keeps the StatefulSet small.',
      'zh-TW': '每個物件都完整存在 etcd，而 etcd 會拒絕過大的請求。產生出來、帶著上千個環境變數或內嵌設定檔的 StatefulSet 會碰到這個上限，根本建立不起來；把內容放進 ConfigMap 再以磁碟區掛載，StatefulSet 就能保持精簡。',
    },
    // A failing example would be over 256 KiB long; the unit tests carry it.
    bad: '',
    good: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\ndata:\n  nginx.conf: "worker_processes 1;"\n',
    source: 'https://etcd.io/docs/v3.5/dev-guide/limit/',
    limitations: {
      en: 'The size is measured on the JSON of the manifest; the API server adds metadata (managed fields, status) that makes the stored object somewhat larger. Clusters can raise the etcd limit.',
      'zh-TW': '大小是以 manifest 轉成的 JSON 計算；API 伺服器還會加上中繼資料（managed fields、status），實際儲存的物件會再大一些。叢集也可以調高 etcd 的上限。',
    },
  },
  check(context) {
    const {value, kind} = context.object;
    let json: string;
    try {
      json = JSON.stringify(value);
    } catch {
      return; // not representable as JSON; other rules say why
    }
    // Most objects are far below the limit; count bytes only near it.
    if (json.length * 3 <= APPLY_LIMIT_BYTES) return;
    const bytes = utf8Length(json);
    const shownKind = kind || 'object';
    if (bytes > ETCD_LIMIT_BYTES) {
      const size = (bytes / 1024 / 1024).toFixed(2);
      context.report({path: [], messageId: 'tooLarge', data: {kind: shownKind, size}});
    } else if (bytes > APPLY_LIMIT_BYTES) {
      context.report({
        path: [],
        messageId: 'tooLargeToApply',
        severity: 'warning',
        data: {kind: shownKind, size: (bytes / 1024).toFixed(0)},
      });
    }
  },
};
