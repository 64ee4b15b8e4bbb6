import {servicePortsOf} from '../k8s/service-ports';
import type {Rule} from '../rule';
import {replaceString} from '../yaml/scalar-edit';

const PROTOCOLS = ['TCP', 'UDP', 'SCTP'];

/**
 * A Service port's protocol is TCP, UDP or SCTP (`validateServicePort` in
 * pkg/apis/core/validation/validation.go); an empty one is defaulted to TCP.
 */
export const rule: Rule = {
  id: 'svc-port-protocol',
  severity: 'error',
  kinds: ['Service'],
  messages: {
    en: {
      unsupported: '`protocol` is `{value}`; a Service port speaks `TCP`, `UDP` or `SCTP`, written in capitals. The API server rejects the Service. Write one of them, or leave the field out for TCP (HTTP, gRPC and the like run over TCP; name them in `appProtocol`).',
      useProtocol: 'Write `{value}`',
    },
    'zh-TW': {
      unsupported: '`protocol` 是 `{value}`；Service 連接埠只能用全大寫的 `TCP`、`UDP` 或 `SCTP`。API 伺服器會拒絕這個 Service。請改成其中之一，或拿掉這個欄位，預設就是 TCP（HTTP、gRPC 等都跑在 TCP 上，可以寫在 `appProtocol`）。',
      useProtocol: '改成 `{value}`',
    },
  },
  docs: {
    summary: {
      en: 'A Service port’s `protocol` must be `TCP`, `UDP` or `SCTP`.',
      'zh-TW': 'Service 連接埠的 `protocol` 只能是 `TCP`、`UDP` 或 `SCTP`。',
    },
    why: {
      en: 'The protocol is the transport, not the application protocol: `http` or `grpc` belong in `appProtocol`. Any other value, including lower-case `tcp`, makes the API server reject the governing Service, and the StatefulSet’s Pods then get no DNS names.',
      'zh-TW': 'protocol 指的是傳輸層協定，不是應用層協定：`http`、`grpc` 應該寫在 `appProtocol`。其他任何值，包括小寫的 `tcp`，都會讓 API 伺服器拒絕管理 Service，StatefulSet 的 Pod 也就沒有 DNS 名稱。',
    },
    bad: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  clusterIP: None\n  selector:\n    app: web\n  ports:\n  - port: 80\n    protocol: HTTP\n',
    good: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  clusterIP: None\n  selector:\n    app: web\n  ports:\n  - port: 80\n    protocol: TCP\n    appProtocol: http\n',
    source: 'https://kubernetes.io/docs/reference/networking/service-protocols/',
  },
  check(context) {
    for (const {port, path} of servicePortsOf(context.object)) {
      const protocol = port.protocol;
      if (typeof protocol !== 'string' || protocol === '' || PROTOCOLS.includes(protocol)) continue;

      const protocolPath = [...path, 'protocol'];
      const known = PROTOCOLS.find((candidate) => candidate === protocol.toUpperCase());
      const edit = known && replaceString(context, protocolPath, known);
      context.report({
        path: protocolPath,
        messageId: 'unsupported',
        data: {value: protocol},
        fix: edit ? {messageId: 'useProtocol', data: {value: known}, edits: [edit]} : undefined,
      });
    }
  },
};
