import type {Rule} from '../rule';
import type {ManifestObject} from '../types';
import {formatLabels, formatSelector} from '../k8s/describe';
import {namespaceOf} from '../k8s/lookup';
import {asArray, asLabels, getIn, isRecord} from '../k8s/objects';
import {selectorMatches} from '../k8s/selectors';
import {podLabelsOf, templateLabelsOf} from '../k8s/workloads';

/**
 * A PodDisruptionBudget that is evidently meant for a StatefulSet of the text
 * (by its name, or a selector value naming it) but selects none of its
 * Pods, nor any other Pods of the text. A PDB for a workload kept elsewhere
 * names nothing here, so it is left alone.
 */
export const rule: Rule = {
  id: 'pdb-selector-mismatch',
  severity: 'warning',
  kinds: ['PodDisruptionBudget'],
  messages: {
    en: {
      mismatch:
        'This PodDisruptionBudget looks meant for the StatefulSet `{statefulset}`, but its selector `{selector}` selects none of its Pods (labels `{labels}`), nor any other Pods in this text. It protects nothing: a node drain may evict several members at once and break the quorum. Use the Pod template\'s labels in `spec.selector`.',
    },
    'zh-TW': {
      mismatch:
        '這個 PodDisruptionBudget 看起來是給 StatefulSet `{statefulset}` 用的，但它的選擇器 `{selector}` 選不到那個 StatefulSet 的任何 Pod（標籤為 `{labels}`），也選不到這份內容裡的其他 Pod。它什麼都保護不了：清空節點（drain）時可能一次驅逐好幾個成員，讓叢集失去多數（quorum）。請在 `spec.selector` 使用 Pod 範本的標籤。',
    },
  },
  docs: {
    summary: {
      en: 'A PodDisruptionBudget meant for a StatefulSet should select its Pods.',
      'zh-TW': '給 StatefulSet 用的 PodDisruptionBudget 應該選到它的 Pod。',
    },
    why: {
      en: 'A quorum-based StatefulSet (etcd, ZooKeeper, Kafka) survives losing a minority of its members. A PodDisruptionBudget keeps node drains and upgrades from evicting more than that at once, but only for the Pods its selector matches. A selector with a typo matches nothing, the API server accepts it, and the first cluster upgrade evicts the whole ensemble.',
      'zh-TW': '以多數決運作的 StatefulSet（etcd、ZooKeeper、Kafka）可以承受少數成員離線。PodDisruptionBudget 讓清空節點與升級一次不會驅逐超過這個數量的 Pod，但只保護選擇器選到的 Pod。打錯字的選擇器什麼都選不到，API 伺服器照樣接受，第一次升級叢集時整組成員就會被一起驅逐。',
    },
    bad: [
      'apiVersion: policy/v1',
      'kind: PodDisruptionBudget',
      'metadata:',
      '  name: web-pdb',
      'spec:',
      '  maxUnavailable: 1',
      '  selector:',
      '    matchLabels:',
      '      app: nginx',
      '---',
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
    good: [
      'apiVersion: policy/v1',
      'kind: PodDisruptionBudget',
      'metadata:',
      '  name: web-pdb',
      'spec:',
      '  maxUnavailable: 1',
      '  selector:',
      '    matchLabels:',
      '      app: web',
      '---',
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
    source: 'https://kubernetes.io/docs/tasks/run-application/configure-pdb/#specifying-a-poddisruptionbudget',
    limitations: {
      en: 'The rule fires only when the budget is evidently meant for a StatefulSet of the same text: its name is the StatefulSet\'s name with a prefix or suffix (`web-pdb`), or its selector mentions that name. Budgets for workloads in other files are not judged.',
      'zh-TW': '只有當 PodDisruptionBudget 明顯是給同一份內容裡的 StatefulSet 用時才會回報：名稱是 StatefulSet 的名稱加上前綴或後綴（`web-pdb`），或是選擇器提到這個名稱。給其他檔案中工作負載用的 PodDisruptionBudget 不會被判斷。',
    },
  },
  check(context) {
    const {object: budget, objects} = context;
    const selector = getIn(budget.value, ['spec', 'selector']);
    const namespace = namespaceOf(budget);
    const neighbours = objects.filter((o) => namespaceOf(o) === namespace);
    // policy/v1: a missing selector selects no Pod, an empty one selects all.
    const selectsSomething = neighbours.some((o) => {
      const labels = podLabelsOf(o);
      return labels !== undefined && selectorMatches(selector, labels);
    });
    if (selectsSomething) return;

    const target = neighbours.find(
      (o) => o.kind === 'StatefulSet' && isEvidentlyFor(budget, selector, o),
    );
    if (!target) return;
    context.report({
      path: ['spec', 'selector'],
      messageId: 'mismatch',
      data: {
        statefulset: target.name ?? '<name>',
        selector: formatSelector(selector),
        labels: formatLabels(templateLabelsOf(target)),
      },
    });
  },
};

function isEvidentlyFor(budget: ManifestObject, selector: unknown, statefulSet: ManifestObject): boolean {
  const name = statefulSet.name;
  if (!name) return false;
  const budgetName = budget.name ?? '';
  const isNamedAfter =
    budgetName === name || budgetName.startsWith(`${name}-`) || budgetName.endsWith(`-${name}`);
  // Shared label keys alone (`app`) say nothing: every workload has them.
  return isNamedAfter || selectorValues(selector).includes(name);
}

function selectorValues(selector: unknown): string[] {
  if (!isRecord(selector)) return [];
  const values = Object.values(asLabels(selector.matchLabels));
  for (const expression of asArray(selector.matchExpressions)) {
    if (isRecord(expression)) values.push(...asArray(expression.values).map(String));
  }
  return values;
}
