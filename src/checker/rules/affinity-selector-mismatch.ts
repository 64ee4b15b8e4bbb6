import type {Rule, RuleContext} from '../rule';
import {formatLabels, formatSelector, selectorKeys} from '../k8s/describe';
import {namespaceOf} from '../k8s/lookup';
import {asArray, getIn, isRecord} from '../k8s/objects';
import {selectorMatches} from '../k8s/selectors';
import {podLabelsOf, templateLabelsOf} from '../k8s/workloads';
import type {FieldPath} from '../yaml/locate';

const AFFINITY_PATH = ['spec', 'template', 'spec', 'affinity'];

// Both lists of an affinity, and where the term sits inside one entry.
const TERM_LISTS: ReadonlyArray<[string, FieldPath]> = [
  ['requiredDuringSchedulingIgnoredDuringExecution', []],
  ['preferredDuringSchedulingIgnoredDuringExecution', ['podAffinityTerm']],
];

/**
 * A pod (anti-)affinity term of a StatefulSet that looks meant for its own
 * Pods but selects none of them. Conservative: the selector must use only
 * label keys the Pods have (so `app` vs `app.kubernetes.io/name` is not
 * judged), stay in the StatefulSet's namespace, and match no other workload
 * of the text, since selecting another application is what podAffinity is
 * for.
 */
export const rule: Rule = {
  id: 'affinity-selector-mismatch',
  severity: 'warning',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      podAntiAffinity:
        'This `podAntiAffinity` term selects `{selector}`, which matches none of this StatefulSet\'s Pods (labels `{labels}`) nor any other workload in this text. It looks meant to keep the replicas apart, but it keeps nothing apart: all of them may land on one node, and a single node failure takes out every member. Use the Pod template\'s label values in the selector.',
      podAffinity:
        'This `podAffinity` term selects `{selector}`, which matches none of this StatefulSet\'s Pods (labels `{labels}`) nor any other workload in this text. A required term that matches no Pod leaves the Pods Pending; a preferred one does nothing. Check the label values in the selector.',
    },
    'zh-TW': {
      podAntiAffinity:
        '這個 `podAntiAffinity` 條件選擇 `{selector}`，但它選不到這個 StatefulSet 的任何 Pod（標籤為 `{labels}`），也選不到這份內容裡的其他工作負載。它看起來是要把副本分散開來，實際上什麼都沒有分開：所有副本可能都排到同一個節點，一個節點故障就讓全部成員一起離線。請在選擇器使用 Pod 範本的標籤值。',
      podAffinity:
        '這個 `podAffinity` 條件選擇 `{selector}`，但它選不到這個 StatefulSet 的任何 Pod（標籤為 `{labels}`），也選不到這份內容裡的其他工作負載。選不到任何 Pod 的必要（required）條件會讓 Pod 一直停在 Pending；偏好（preferred）條件則完全沒有作用。請檢查選擇器裡的標籤值。',
    },
  },
  docs: {
    summary: {
      en: 'A pod (anti-)affinity term meant for the StatefulSet\'s own Pods should select them.',
      'zh-TW': '針對 StatefulSet 自己 Pod 的 pod（反）親和性條件，應該要選到這些 Pod。',
    },
    why: {
      en: 'Replicas of a StatefulSet are spread over nodes with a podAntiAffinity term that selects the StatefulSet\'s own Pods. When a label value in that selector is wrong, the scheduler finds no matching Pods and places replicas freely, possibly all on one node, so one node failure stops the whole ensemble. The API server cannot tell, since a selector may legitimately select other applications.',
      'zh-TW': 'StatefulSet 的副本靠選到自己 Pod 的 podAntiAffinity 條件分散到不同節點。選擇器裡的標籤值寫錯時，排程器找不到相符的 Pod，就會任意放置副本，可能全部擠在同一個節點，一個節點故障就讓整組成員停擺。API 伺服器無從判斷，因為選擇器本來就可以選擇其他應用程式。',
    },
    bad: [
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
      '      affinity:',
      '        podAntiAffinity:',
      '          requiredDuringSchedulingIgnoredDuringExecution:',
      '          - labelSelector:',
      '              matchLabels:',
      '                app: nginx',
      '            topologyKey: kubernetes.io/hostname',
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
      '      affinity:',
      '        podAntiAffinity:',
      '          requiredDuringSchedulingIgnoredDuringExecution:',
      '          - labelSelector:',
      '              matchLabels:',
      '                app: web',
      '            topologyKey: kubernetes.io/hostname',
      '      containers:',
      '      - name: web',
      '        image: registry.k8s.io/nginx-slim:0.8',
      '',
    ].join('\n'),
    source: 'https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#inter-pod-affinity-and-anti-affinity',
    limitations: {
      en: 'To avoid false alarms the rule judges only selectors that use label keys the Pods have, and stays silent when another workload in the text matches. A term meant for an application defined in another file, with the same label keys, is reported anyway.',
      'zh-TW': '為了避免誤報，這條規則只判斷使用 Pod 既有標籤鍵的選擇器，而且只要內容裡有其他工作負載相符就不回報。若條件是給定義在其他檔案、標籤鍵相同的應用程式用的，仍然會被回報。',
    },
  },
  check(context) {
    const labels = templateLabelsOf(context.object);
    if (Object.keys(labels).length === 0) return;
    for (const kind of ['podAntiAffinity', 'podAffinity'] as const) {
      for (const [list, termPath] of TERM_LISTS) {
        const listPath = [...AFFINITY_PATH, kind, list];
        asArray(getIn(context.object.value, listPath)).forEach((entry, index) => {
          const path = [...listPath, index, ...termPath];
          const term = getIn(entry, termPath);
          if (isRecord(term) && isMistargeted(context, term, labels)) {
            context.report({
              path: [...path, 'labelSelector'],
              messageId: kind,
              data: {selector: formatSelector(term.labelSelector), labels: formatLabels(labels)},
            });
          }
        });
      }
    }
  },
};

function isMistargeted(
  context: RuleContext,
  term: Record<string, unknown>,
  labels: Record<string, string>,
): boolean {
  const {labelSelector: selector} = term;
  if (!isRecord(selector) || selectorMatches(selector, labels)) return false;

  // Terms that look into other namespaces are about other applications.
  const namespace = namespaceOf(context.object);
  const namespaces = asArray(term.namespaces);
  if (term.namespaceSelector !== undefined && term.namespaceSelector !== null) return false;
  if (namespaces.length > 0 && !namespaces.includes(namespace)) return false;

  const keys = selectorKeys(selector);
  if (keys.length === 0 || !keys.every((key) => Object.hasOwn(labels, key))) return false;
  return !context.objects.some((other) => {
    if (other === context.object || namespaceOf(other) !== namespace) return false;
    const podLabels = podLabelsOf(other);
    return podLabels !== undefined && selectorMatches(selector, podLabels);
  });
}
