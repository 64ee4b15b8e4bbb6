import type {Rule} from '../rule';
import {getIn, isRecord} from '../k8s/objects';
import {containersOf, POD_SPEC_PATH} from '../k8s/pod-template';

/**
 * OrderedReady (the default) waits for each Pod to be Ready before the next;
 * without a readinessProbe "Ready" only means "started".
 */
export const rule: Rule = {
  id: 'sts-no-readiness-probe',
  severity: 'warning',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      noProbe:
        'No container of this StatefulSet has a `readinessProbe`. With `podManagementPolicy: OrderedReady` (the default) the controller waits for `{name}-0` to be Ready before it creates `{name}-1`, but without a probe a Pod counts as Ready as soon as its containers start, before the application can serve: the order protects nothing, and Services send traffic too early. Add a `readinessProbe` that succeeds only when this member can really serve.',
    },
    'zh-TW': {
      noProbe:
        '這個 StatefulSet 沒有任何容器設定 `readinessProbe`。在 `podManagementPolicy: OrderedReady`（預設）下，控制器會等 `{name}-0` 就緒（Ready）後才建立 `{name}-1`；可是沒有探針時，容器一啟動 Pod 就算就緒，應用程式其實還不能服務：依序啟動形同虛設，Service 也會太早把流量送過來。請加上只有在這個成員真正能服務時才會成功的 `readinessProbe`。',
    },
  },
  docs: {
    summary: {
      en: 'With OrderedReady, some container of the StatefulSet should have a readinessProbe.',
      'zh-TW': '使用 OrderedReady 時，StatefulSet 至少要有一個容器設定 readinessProbe。',
    },
    why: {
      en: 'OrderedReady creates Pods one at a time, each waiting for the previous one to be Running and Ready, and a rolling update (under either policy) waits for each updated Pod to be Ready. That is what lets a database replica join only after the primary is up, or a rolling update stop at a broken Pod. Without a readinessProbe, Ready means only that the containers started, so the next Pod follows at once and a broken version rolls out to every member.',
      'zh-TW': 'OrderedReady 一次只建立一個 Pod，每個都要等前一個進入 Running 並就緒（Ready）；滾動更新（不論哪種管理策略）也會等每個更新後的 Pod 就緒。這讓資料庫副本能在主節點啟動後才加入，也讓滾動更新在壞掉的 Pod 前停下來。沒有 readinessProbe 時，就緒只代表容器已經啟動，下一個 Pod 會立刻跟上，壞掉的版本就會更新到每個成員。',
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
      '        image: registry.k8s.io/nginx-slim:0.8',
      '        readinessProbe:',
      '          httpGet:',
      '            path: /',
      '            port: 80',
      '',
    ].join('\n'),
    source: 'https://kubernetes.io/docs/concepts/workloads/controllers/statefulset/#orderedready-pod-management',
  },
  check(context) {
    const {object} = context;
    const policy = getIn(object.value, ['spec', 'podManagementPolicy']);
    // "" and a missing field are defaulted to OrderedReady; other values are
    // Parallel (no waiting) or an error another rule reports.
    if (policy !== undefined && policy !== null && policy !== '' && policy !== 'OrderedReady') return;

    const entries = containersOf(object);
    const hasContainers = entries.some(({path}) => path[POD_SPEC_PATH.length] === 'containers');
    // Sidecars (init containers with restartPolicy Always) count toward Ready.
    const hasProbe = entries.some(
      ({container, path}) =>
        isRecord(container.readinessProbe) &&
        (path[POD_SPEC_PATH.length] === 'containers' || container.restartPolicy === 'Always'),
    );
    if (!hasContainers || hasProbe) return;
    context.report({
      path: [...POD_SPEC_PATH, 'containers', 0],
      messageId: 'noProbe',
      data: {name: object.name ?? '<name>'},
    });
  },
};
