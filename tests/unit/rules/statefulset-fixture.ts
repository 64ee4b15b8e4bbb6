/**
 * A StatefulSet for rule tests: `podSpec` (indented by 6 spaces) starts on
 * line 13, and `rest` (fields of `spec`, indented by 2) follows it.
 */
export function sts(podSpec: string, rest = ''): string {
  return `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: web
spec:
  serviceName: web
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
${podSpec}${rest}`;
}

/** One container named `web`, ready for more fields at 8 spaces. */
export const WEB = '      containers:\n      - name: web\n        image: nginx:1.27\n';

/** A claim template `www` with 1Gi of ReadWriteOnce storage, for `rest`. */
export const WWW_CLAIM =
  '  volumeClaimTemplates:\n  - metadata:\n      name: www\n    spec:\n      accessModes: [ReadWriteOnce]\n      resources:\n        requests:\n          storage: 1Gi\n';

/**
 * A StatefulSet mounting one claim template `www` whose spec is `claimSpec`
 * (indented by 6): `volumeClaimTemplates` is line 19, `metadata` fields start
 * on line 21 and the spec's fields on line 23.
 */
export function withClaim(claimSpec: string, metadata = '      name: www\n'): string {
  return sts(
    `${WEB}        volumeMounts:\n        - name: www\n          mountPath: /data\n`,
    `  volumeClaimTemplates:\n  - metadata:\n${metadata}    spec:\n${claimSpec}`,
  );
}
