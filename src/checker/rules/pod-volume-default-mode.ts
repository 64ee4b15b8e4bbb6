import {isMap} from 'yaml';
import {asArray, isRecord} from '../k8s/objects';
import {claimTemplatesOf, isInt32, POD_SPEC_PATH, podSpecOf} from '../k8s/pod-template';
import type {RuleContext, Rule} from '../rule';
import type {FieldPath} from '../yaml/locate';
import {scalarAt} from '../yaml/scalar-edit';

const MAX_MODE = 0o777;

// Volume sources whose files carry a mode, and projected sources that do.
const FILE_SOURCES = ['configMap', 'secret', 'downwardAPI'] as const;

/**
 * File modes of configMap, secret, downwardAPI and projected volumes are in
 * 0..0777 (`validateConfigMapVolumeSource`, `validateSecretVolumeSource`,
 * `validateDownwardAPIVolumeSource`, `validateProjectedVolumeSource`,
 * `validateKeyToPathList` in pkg/apis/core/validation/validation.go;
 * StatefulSets since v1.34). Kubernetes reads YAML 1.1, where `0644` is octal.
 */
export const rule: Rule = {
  id: 'pod-volume-default-mode',
  severity: 'error',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      decimal: '`{field}` is {value}: without a leading 0 YAML reads the number as decimal, and {value} is above the largest file mode, 0777 (511). Since Kubernetes 1.34 the StatefulSet is rejected, and older clusters fail to create every replica. Write the octal mode `0{value}` (in JSON, its decimal value `{decimal}`).',
      negative: '`{field}` is {value}, but a file mode cannot be negative; it is between 0 and 0777 (511 in decimal). Since Kubernetes 1.34 the StatefulSet is rejected, and older clusters fail to create every replica. Use a mode such as `0644` or `0755`.',
      outOfRange: '`{field}` is {value} (octal 0{octal}), but a file mode is between 0 and 0777 (511 in decimal). Since Kubernetes 1.34 the StatefulSet is rejected, and older clusters fail to create every replica. Use a mode such as `0644` or `0755`.',
      writeOctal: 'Write `{value}`',
    },
    'zh-TW': {
      decimal: '`{field}` 是 {value}：數字前面沒有 0，YAML 會當成十進位讀取，而 {value} 超過檔案權限的最大值 0777（十進位 511）。從 Kubernetes 1.34 起 StatefulSet 會被拒絕，較舊的叢集則是每個副本都建立失敗。請改用八進位寫成 `0{value}`（JSON 則寫十進位的 `{decimal}`）。',
      negative: '`{field}` 是 {value}，但檔案權限不能是負數，必須介於 0 到 0777（十進位 511）。從 Kubernetes 1.34 起 StatefulSet 會被拒絕，較舊的叢集則是每個副本都建立失敗。請改用像 `0644` 或 `0755` 這樣的權限。',
      outOfRange: '`{field}` 是 {value}（八進位 0{octal}），但檔案權限必須介於 0 到 0777（十進位 511）。從 Kubernetes 1.34 起 StatefulSet 會被拒絕，較舊的叢集則是每個副本都建立失敗。請改用像 `0644` 或 `0755` 這樣的權限。',
      writeOctal: '改成 `{value}`',
    },
  },
  docs: {
    summary: {
      en: 'File modes (`defaultMode`, `items[].mode`) of configMap, secret, downwardAPI and projected volumes must be between 0 and 0777.',
      'zh-TW': 'configMap、secret、downwardAPI 與 projected 磁碟區的檔案權限（`defaultMode`、`items[].mode`）必須介於 0 到 0777。',
    },
    why: {
      en: 'StatefulSets often mount start-up scripts and configuration from a ConfigMap with `defaultMode: 0755`. YAML 1.1, which kubectl reads, takes `0755` as octal (493), but `755` as decimal, which is not a file mode. Kubernetes 1.34 and later reject such a StatefulSet when it is created; older versions accept it and then fail to create every Pod. In JSON, write the decimal value (`493`).',
      'zh-TW': 'StatefulSet 常用 ConfigMap 掛載啟動腳本和設定，並寫上 `defaultMode: 0755`。kubectl 讀的是 YAML 1.1，`0755` 會被當成八進位（493），`755` 卻是十進位，不是合法的檔案權限。Kubernetes 1.34 以後在建立時就會拒絕這樣的 StatefulSet；較舊的版本會先接受，接著每個 Pod 都建立失敗。如果用 JSON，請寫十進位的值（`493`）。',
    },
    bad: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n        volumeMounts:\n        - name: scripts\n          mountPath: /scripts\n      volumes:\n      - name: scripts\n        configMap:\n          name: web-scripts\n          defaultMode: 755\n',
    good: 'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n      containers:\n      - name: web\n        image: nginx:1.27\n        volumeMounts:\n        - name: scripts\n          mountPath: /scripts\n      volumes:\n      - name: scripts\n        configMap:\n          name: web-scripts\n          defaultMode: 0755\n',
    source: 'https://kubernetes.io/docs/concepts/configuration/configmap/#using-configmaps-as-files-from-a-pod',
    limitations: {
      en: 'Modes written as strings or beyond the int32 range are reported by `schema-type`.',
      'zh-TW': '寫成字串或超出 int32 範圍的權限，由 `schema-type` 回報。',
    },
  },
  check(context) {
    // A Pod volume with a claim template's name is dropped before validation.
    const claimNames = new Set<unknown>();
    for (const {name} of claimTemplatesOf(context.object)) if (name) claimNames.add(name);

    asArray(podSpecOf(context.object)?.volumes).forEach((volume, index) => {
      if (!isRecord(volume) || claimNames.has(volume.name)) return;
      const volumePath = [...POD_SPEC_PATH, 'volumes', index];

      for (const source of FILE_SOURCES) {
        checkFileSource(context, volume[source], [...volumePath, source], true);
      }
      const projected = volume.projected;
      if (!isRecord(projected)) return;
      checkMode(context, projected.defaultMode, [...volumePath, 'projected', 'defaultMode']);
      asArray(projected.sources).forEach((projection, sourceIndex) => {
        if (!isRecord(projection)) return;
        for (const source of FILE_SOURCES) {
          const path = [...volumePath, 'projected', 'sources', sourceIndex, source];
          checkFileSource(context, projection[source], path, false);
        }
      });
    });
  },
};

/** A configMap, secret or downwardAPI source: its `defaultMode` and item modes. */
function checkFileSource(
  context: RuleContext,
  source: unknown,
  path: FieldPath,
  hasDefaultMode: boolean,
): void {
  if (!isRecord(source)) return;
  if (hasDefaultMode) checkMode(context, source.defaultMode, [...path, 'defaultMode']);
  asArray(source.items).forEach((item, index) => {
    if (isRecord(item)) checkMode(context, item.mode, [...path, 'items', index, 'mode']);
  });
}

function checkMode(context: RuleContext, mode: unknown, path: FieldPath): void {
  // Strings, fractions and int32 overflows are the schema-type rule's.
  if (!isInt32(mode) || (mode >= 0 && mode <= MAX_MODE)) return;
  const field = String(path[path.length - 1]);
  if (mode < 0) {
    context.report({path, messageId: 'negative', data: {field, value: mode}});
    return;
  }

  // `644` meant as `0644`: the digits are octal ones and fit a file mode.
  const literal = scalarAt(context.node, path)?.source ?? '';
  const looksOctal = /^[0-7]{3,4}$/.test(literal) && parseInt(literal, 8) <= MAX_MODE;
  if (!looksOctal) {
    const octal = mode.toString(8);
    context.report({path, messageId: 'outOfRange', data: {field, value: mode, octal}});
    return;
  }
  // JSON has no octal numbers: there the fix is the decimal value.
  const isJson = isMap(context.node) && context.node.flow === true;
  const newText = isJson ? String(parseInt(literal, 8)) : `0${literal}`;
  const edit = {...context.rangeOf(path), newText};
  context.report({
    path,
    messageId: 'decimal',
    data: {field, value: mode, decimal: parseInt(literal, 8)},
    fix: {messageId: 'writeOctal', data: {value: newText}, edits: [edit]},
  });
}
