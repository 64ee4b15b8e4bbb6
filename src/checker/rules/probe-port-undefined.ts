import type {Rule} from '../rule';
import {asArray, getIn, isRecord} from '../k8s/objects';
import {containersOf} from '../k8s/pod-template';

// The kubelet resolves a named probe port against the ports of the same
// container only (pkg/kubelet/prober: findPortByName). gRPC probes take a
// number, so a name there is a type error for another rule.
const PROBES = {
  readinessProbe: 'readiness',
  livenessProbe: 'liveness',
  startupProbe: 'startup',
} as const;
const HANDLERS = ['httpGet', 'tcpSocket'] as const;

/** A probe that names a port its container does not declare. */
export const rule: Rule = {
  id: 'probe-port-undefined',
  severity: 'warning',
  kinds: ['StatefulSet'],
  messages: {
    en: {
      readiness:
        'The `readinessProbe` of container `{container}` uses the port name `{port}`, but the container declares no port with that name. The kubelet cannot resolve it, so the probe always fails and the Pod never becomes Ready: with OrderedReady the StatefulSet stops at its first Pod, and a rolling update hangs. Name a container port `{port}`, or give the probe the port number.',
      liveness:
        'The `livenessProbe` of container `{container}` uses the port name `{port}`, but the container declares no port with that name. The kubelet cannot resolve it, so the probe always fails and the container is restarted again and again. Name a container port `{port}`, or give the probe the port number.',
      startup:
        'The `startupProbe` of container `{container}` uses the port name `{port}`, but the container declares no port with that name. The kubelet cannot resolve it, so the probe always fails and the container is killed before it ever counts as started. Name a container port `{port}`, or give the probe the port number.',
    },
    'zh-TW': {
      readiness:
        '容器 `{container}` 的 `readinessProbe` 使用連接埠名稱 `{port}`，但這個容器沒有宣告這個名稱的連接埠。kubelet 找不到它，探針永遠失敗，Pod 永遠不會就緒：在 OrderedReady 下 StatefulSet 會停在第一個 Pod，滾動更新也會卡住。請把某個容器連接埠命名為 `{port}`，或在探針裡改用連接埠號碼。',
      liveness:
        '容器 `{container}` 的 `livenessProbe` 使用連接埠名稱 `{port}`，但這個容器沒有宣告這個名稱的連接埠。kubelet 找不到它，探針永遠失敗，容器會一再被重新啟動。請把某個容器連接埠命名為 `{port}`，或在探針裡改用連接埠號碼。',
      startup:
        '容器 `{container}` 的 `startupProbe` 使用連接埠名稱 `{port}`，但這個容器沒有宣告這個名稱的連接埠。kubelet 找不到它，探針永遠失敗，容器還沒被視為啟動完成就會被終止。請把某個容器連接埠命名為 `{port}`，或在探針裡改用連接埠號碼。',
    },
  },
  docs: {
    summary: {
      en: 'A probe that names its port must use a port name its own container declares.',
      'zh-TW': '用名稱指定連接埠的探針，必須使用自己容器宣告過的連接埠名稱。',
    },
    why: {
      en: 'The API server checks only that a probe\'s port name is well formed; the kubelet looks it up later, among the ports of the same container. A name that is not there makes the probe fail forever. For a readiness probe that means the first Pod never becomes Ready, so an OrderedReady StatefulSet never creates the second one.',
      'zh-TW': 'API 伺服器只檢查探針的連接埠名稱格式是否正確；kubelet 之後才會在同一個容器的連接埠裡找這個名稱。找不到時探針會永遠失敗。如果是 readinessProbe，第一個 Pod 永遠不會就緒，採用 OrderedReady 的 StatefulSet 就永遠不會建立第二個 Pod。',
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
      '        ports:',
      '        - name: web',
      '          containerPort: 80',
      '        readinessProbe:',
      '          httpGet:',
      '            path: /',
      '            port: http',
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
      '        ports:',
      '        - name: web',
      '          containerPort: 80',
      '        readinessProbe:',
      '          httpGet:',
      '            path: /',
      '            port: web',
      '',
    ].join('\n'),
    source: 'https://kubernetes.io/docs/tasks/configure-pod-container/configure-liveness-readiness-startup-probes/#use-a-named-port',
  },
  check(context) {
    for (const {container, path} of containersOf(context.object)) {
      const declared = new Set(
        asArray(container.ports)
          .map((port) => (isRecord(port) ? port.name : undefined))
          .filter((name) => typeof name === 'string'),
      );
      for (const [probe, messageId] of Object.entries(PROBES)) {
        for (const handler of HANDLERS) {
          const port = getIn(container, [probe, handler, 'port']);
          // A number, or digits in a string (an error for the port-format
          // rule), is not a name to look up.
          if (typeof port !== 'string' || !/[a-z]/i.test(port) || declared.has(port)) continue;
          context.report({
            path: [...path, probe, handler, 'port'],
            messageId,
            data: {port, container: typeof container.name === 'string' ? container.name : ''},
          });
        }
      }
    }
  },
};
