import {getIn, isRecord} from '../k8s/objects';
import {isQualifiedName} from '../k8s/names';
import type {Rule} from '../rule';
import {schemaReport} from '../schema/validate';

/**
 * Annotation keys are qualified names, compared in lower case
 * (`ValidateAnnotations` in k8s.io/apimachinery/pkg/api/validation). Values
 * may be any text. Checked on the object and on its embedded templates.
 */
export const rule: Rule = {
  id: 'meta-annotations-invalid',
  severity: 'error',
  kinds: ['*'],
  messages: {
    en: {
      key: 'The annotation key `{key}` is not valid, so the API server rejects the object. An annotation key has the same form as a label key: a name of at most 63 characters (letters, digits, `-`, `_`, `.`, starting and ending with a letter or digit), optionally after a DNS prefix and `/`, as in `example.com/owner`. Put `=`, spaces and other text into the value instead.',
    },
    'zh-TW': {
      key: 'annotation 的鍵 `{key}` 不合法，API 伺服器會拒絕這個物件。annotation 的鍵和 label 的鍵格式相同：最多 63 個字元的名稱（英文字母、數字、`-`、`_`、`.`，開頭與結尾必須是字母或數字），前面可以加上 DNS 前綴和 `/`，例如 `example.com/owner`。`=`、空白等其他文字請放在值裡。',
    },
  },
  docs: {
    summary: {
      en: 'Annotation keys must be qualified names such as `example.com/owner`; values may be any text.',
      'zh-TW': 'annotation 的鍵必須是合格名稱（qualified name），例如 `example.com/owner`；值可以是任何文字。',
    },
    why: {
      en: 'Annotations carry free text for tools, but their keys follow the label-key syntax. One bad key, on the StatefulSet or on its Pod template, makes the API server refuse the whole object.',
      'zh-TW': 'annotation 用來替工具存放任意文字，但鍵必須符合 label 鍵的格式。只要一個鍵不合法，不論是在 StatefulSet 本身還是 Pod 範本上，API 伺服器都會拒絕整個物件。',
    },
    bad: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n  annotations:\n    owner=team: web\n',
    good: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web\n  annotations:\n    example.com/owner: team-web\n',
    source: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/annotations/#syntax-and-character-set',
  },
  check(context) {
    for (const metadataPath of schemaReport(context.object).metadataPaths) {
      const path = [...metadataPath, 'annotations'];
      const annotations = getIn(context.object.value, path);
      if (!isRecord(annotations)) continue;
      for (const key of Object.keys(annotations)) {
        if (!isQualifiedName(key.toLowerCase())) {
          context.report({path, messageId: 'key', data: {key}});
        }
      }
    }
  },
};
