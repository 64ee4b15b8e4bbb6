import {quantityValue} from '../k8s/quantity';
import type {Rule} from '../rule';
import {schemaReport} from '../schema/validate';
import {formatPath} from '../yaml/locate';
import {replaceString} from '../yaml/scalar-edit';

/** What the reader probably meant by a malformed quantity. */
type Guess = {sure: string} | {decimal: string; binary: string} | undefined;

/**
 * A resource quantity that `resource.ParseQuantity` cannot read (`1 GB`,
 * `1gi`, `10GiB`): the quantity fails to decode and the object is rejected.
 * Numbers (`storage: 1073741824`, `cpu: 0.5`) are valid quantities.
 */
export const rule: Rule = {
  id: 'quantity-format',
  severity: 'error',
  kinds: ['*'],
  messages: {
    en: {
      invalid: '`{field}: {value}` is not a Kubernetes quantity, so the object fails to decode and is rejected. A quantity is a number with an optional suffix and no space: `Ki`, `Mi`, `Gi`, `Ti` (powers of 1024), `k`, `M`, `G`, `T` (powers of 1000) or `m` (thousandths, for CPU), such as `1Gi` or `500m`.',
      suggestion: '`{field}: {value}` is not a Kubernetes quantity, so the object fails to decode and is rejected. Kubernetes suffixes are case-sensitive and have no `B` and no space: write `{suggestion}`.',
      twoUnits: '`{field}: {value}` is not a Kubernetes quantity, so the object fails to decode and is rejected. Kubernetes suffixes have no `B`: write `{binary}` for powers of 1024 (what disks and memory usually mean) or `{decimal}` for powers of 1000.',
      replace: 'Change it to `{suggestion}`',
    },
    'zh-TW': {
      invalid: '`{field}: {value}` 不是 Kubernetes 的數量（quantity）格式，物件無法解碼，會被拒絕。數量是一個數字加上可省略的單位，中間不能有空白：`Ki`、`Mi`、`Gi`、`Ti`（1024 的次方）、`k`、`M`、`G`、`T`（1000 的次方）或 `m`（千分之一，用於 CPU），例如 `1Gi`、`500m`。',
      suggestion: '`{field}: {value}` 不是 Kubernetes 的數量（quantity）格式，物件無法解碼，會被拒絕。Kubernetes 的單位有區分大小寫，沒有 `B`，也不能有空白：請寫成 `{suggestion}`。',
      twoUnits: '`{field}: {value}` 不是 Kubernetes 的數量（quantity）格式，物件無法解碼，會被拒絕。Kubernetes 的單位沒有 `B`：以 1024 為底請寫 `{binary}`（磁碟和記憶體通常指這個），以 1000 為底請寫 `{decimal}`。',
      replace: '改成 `{suggestion}`',
    },
  },
  docs: {
    summary: {
      en: 'Resource quantities must use Kubernetes suffixes: `1Gi`, `512Mi`, `500m`; not `1 GB`, `1gi` or `10GiB`.',
      'zh-TW': '資源數量必須用 Kubernetes 的單位：`1Gi`、`512Mi`、`500m`；不能寫 `1 GB`、`1gi` 或 `10GiB`。',
    },
    why: {
      en: 'A claim template asks for storage with a quantity such as `storage: 1Gi`. The API server parses it strictly: a space, a lower-case `gi` or a trailing `B` make the whole StatefulSet fail to decode, so neither the StatefulSet nor its PersistentVolumeClaims are created.',
      'zh-TW': 'claim template 用 `storage: 1Gi` 這樣的數量申請儲存空間。API 伺服器會嚴格解析：多一個空白、寫成小寫的 `gi`，或結尾多了 `B`，整個 StatefulSet 都會解碼失敗，StatefulSet 和它的 PersistentVolumeClaim 都不會建立。',
    },
    bad: 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\nspec:\n  accessModes: [ReadWriteOnce]\n  resources:\n    requests:\n      storage: 10GiB\n',
    good: 'apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\nspec:\n  accessModes: [ReadWriteOnce]\n  resources:\n    requests:\n      storage: 10Gi\n',
    source: 'https://kubernetes.io/docs/reference/kubernetes-api/common-definitions/quantity/',
  },
  check(context) {
    for (const {path, value} of schemaReport(context.object).badQuantities) {
      const data = {field: formatPath(path.slice(-2)), value};
      const guess = guessQuantity(value);
      if (guess && 'sure' in guess) {
        const edit = replaceString(context, path, guess.sure);
        context.report({
          path,
          messageId: 'suggestion',
          data: {...data, suggestion: guess.sure},
          fix: edit && {messageId: 'replace', data: {suggestion: guess.sure}, edits: [edit]},
        });
      } else if (guess) {
        context.report({path, messageId: 'twoUnits', data: {...data, ...guess}});
      } else {
        context.report({path, messageId: 'invalid', data});
      }
    }
  },
};

const NUMBER_AND_UNIT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*([A-Za-z]*)$/;

/** `10GiB` → `10Gi`; `1 GB` → `1G` or `1Gi`; undefined where there is no clear reading. */
export function guessQuantity(text: string): Guess {
  const match = NUMBER_AND_UNIT.exec(text.trim());
  if (!match) return undefined;
  const [, number, unit] = match;
  const valid = (quantity: string) =>
    quantityValue(quantity) === undefined ? undefined : quantity;

  // Already a suffix; only the spacing was wrong (`1 Gi`).
  if (valid(number + unit)) return {sure: number + unit};
  // `B` alone: bytes, which is what a bare number means.
  if (/^[bB]$/.test(unit)) return {sure: number};
  // A binary suffix in the wrong case or with a `B` (`gi`, `GiB`, `KIB`).
  const binary = /^([kmgtpe])ib?$/i.exec(unit);
  if (binary) return {sure: `${number}${binary[1].toUpperCase()}i`};
  // `GB`, `kb`, `K`, `g`: decimal or binary is anyone's guess.
  const letter = /^([kmgtpe])b?$/i.exec(unit)?.[1];
  if (letter) {
    const decimal = letter.toLowerCase() === 'k' ? 'k' : letter.toUpperCase();
    return {decimal: `${number}${decimal}`, binary: `${number}${letter.toUpperCase()}i`};
  }
  return undefined;
}
