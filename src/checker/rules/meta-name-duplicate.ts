import type {Rule} from '../rule';
import type {ManifestObject} from '../types';

/**
 * Two documents of one text describe the same object: same API group, kind,
 * namespace and name. Each is a separate request, so the API server accepts
 * both, but `kubectl apply -f` sends them in order and the later one replaces
 * the earlier; `kubectl create -f` fails on the second with `AlreadyExists`.
 */
export const rule: Rule = {
  id: 'meta-name-duplicate',
  severity: 'warning',
  kinds: ['*'],
  messages: {
    en: {
      duplicate: 'Document {first} (line {line}) already defines the {kind} `{name}`. `kubectl apply -f` applies both in order, so this one silently replaces it, and `kubectl create -f` fails with "AlreadyExists". Delete one of them, or give this one another name.',
    },
    'zh-TW': {
      duplicate: '第 {first} 份文件（第 {line} 行）已經定義了 {kind} `{name}`。`kubectl apply -f` 會依序套用兩份，這一份會默默蓋掉前一份；`kubectl create -f` 則會在這裡失敗（「AlreadyExists」）。請刪掉其中一份，或替這一份換個名稱。',
    },
  },
  docs: {
    summary: {
      en: 'No two documents of one text may describe the same object.',
      'zh-TW': '同一份文字裡，不可有兩份文件描述同一個物件。',
    },
    why: {
      en: 'An object is known by its API group, kind, namespace and name. A StatefulSet pasted twice while editing (an old copy above a new one) looks like two objects, but the cluster keeps one: whichever `kubectl apply` sent last. The Pods then follow a template you may not be reading.',
      'zh-TW': '物件由 API 群組、種類、命名空間和名稱來識別。編輯時把 StatefulSet 貼了兩次（舊的留在上面、新的在下面），看起來像兩個物件，叢集裡卻只會留下一個：`kubectl apply` 最後送出的那個。Pod 就會照著一份你可能沒在看的範本建立。',
    },
    bad: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-config\ndata:\n  mode: primary\n---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-config\ndata:\n  mode: replica\n',
    good: 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: web-config\ndata:\n  mode: replica\n',
    source: 'https://kubernetes.io/docs/concepts/overview/working-with-objects/names/',
    limitations: {
      en: 'A document without `metadata.namespace` goes to the namespace kubectl is pointed at, so it is only compared with other documents without one; one with `namespace: default` may still be the same object.',
      'zh-TW': '沒寫 `metadata.namespace` 的文件會建立在 kubectl 目前所指的命名空間，所以只和同樣沒寫命名空間的文件比較；寫了 `namespace: default` 的文件仍可能是同一個物件。',
    },
  },
  check(context) {
    const {object, objects} = context;
    if (!object.name) return;

    const first = objects.find(
      (other) =>
        other.documentIndex < object.documentIndex &&
        identityOf(other) === identityOf(object),
    );
    if (!first) return;
    context.report({
      path: ['metadata', 'name'],
      messageId: 'duplicate',
      data: {
        first: first.documentIndex + 1,
        line: first.line,
        kind: object.kind,
        name: object.name,
      },
    });
  },
};

/** The object's identity in the cluster; the API version's group only, since `apps/v1` and `apps/v1beta2` name the same object. */
function identityOf(object: ManifestObject): string {
  const slash = object.apiVersion.indexOf('/');
  const group = slash === -1 ? '' : object.apiVersion.slice(0, slash);
  return [group, object.kind, object.namespace ?? '', object.name ?? ''].join(
    '\u0000',
  );
}
