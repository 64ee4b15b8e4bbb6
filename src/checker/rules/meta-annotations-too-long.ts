import {getIn, isRecord} from '../k8s/objects';
import type {Rule} from '../rule';
import {schemaReport} from '../schema/validate';
import {utf8Length} from '../schema/size';

// TotalAnnotationSizeLimitB in k8s.io/apimachinery/pkg/api/validation.
const LIMIT_BYTES = 256 * 1024;

/** All annotations of one object together: keys and values, at most 256 KiB. */
export const rule: Rule = {
  id: 'meta-annotations-too-long',
  severity: 'error',
  kinds: ['*'],
  messages: {
    en: {
      tooLong: 'The annotations here add up to {size} KiB; Kubernetes allows 256 KiB for all annotations of an object together, so the API server rejects it ("metadata.annotations: Too long"). Move large content into a ConfigMap and mount it.',
    },
    'zh-TW': {
      tooLong: '這裡的 annotations 加起來有 {size} KiB；Kubernetes 規定一個物件的 annotations 合計最多 256 KiB，API 伺服器會拒絕它（「metadata.annotations: Too long」）。請把大量內容移到 ConfigMap，再掛載進來。',
    },
  },
  docs: {
    summary: {
      en: 'The annotations of an object may total at most 256 KiB (keys and values together).',
      'zh-TW': '一個物件的 annotations（鍵和值合計）最多 256 KiB。',
    },
    why: {
      en: 'Annotations are stored with the object in etcd and sent with every watch event. A StatefulSet or Pod template that carries a whole configuration file in an annotation is refused; a ConfigMap mounted as a volume is the place for it.',
      'zh-TW': 'annotations 和物件一起存在 etcd，每次 watch 事件都會一併送出。把整個設定檔塞進 annotation 的 StatefulSet 或 Pod 範本會被拒絕；這種內容應該放在 ConfigMap，再以磁碟區掛載。',
    },
    // A failing example would be 256 KiB long; the unit tests carry it.
    bad: '',
    good: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n  annotations:\n    blob: "A"\n',
    source: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations/',
  },
  check(context) {
    for (const metadataPath of schemaReport(context.object).metadataPaths) {
      const path = [...metadataPath, 'annotations'];
      const annotations = getIn(context.object.value, path);
      if (!isRecord(annotations)) continue;

      let total = 0;
      for (const [key, value] of Object.entries(annotations)) {
        total += utf8Length(key) + (typeof value === 'string' ? utf8Length(value) : 0);
      }
      if (total > LIMIT_BYTES) {
        context.report({path, messageId: 'tooLong', data: {size: (total / 1024).toFixed(1)}});
      }
    }
  },
};
