/**
 * The large manifest of the keystroke benchmark: Service/StatefulSet pairs
 * with long env lists, about 300 lines, with three deliberate problems so
 * the problem list is not empty while the reader types. The benchmark types
 * after the first `replicas: 3`.
 */

const PAIRS = 4;
const ENV_PER_CONTAINER = 12;

export function generateLargeManifest(): string {
  const documents: string[] = [];
  for (let i = 0; i < PAIRS; i++) {
    // Problems on purpose: the second Service is not headless, the third
    // StatefulSet's selector does not match its Pod labels, the fourth has
    // no grace period.
    const clusterIp = i === 1 ? '' : '\n  clusterIP: None';
    const selectorApp = i === 2 ? `db-${i}-typo` : `db-${i}`;
    const gracePeriod = i === 3 ? 0 : 10;
    const env = Array.from(
      {length: ENV_PER_CONTAINER},
      (_, j) =>
        `            - name: SETTING_${j}\n              value: "value-${i}-${j}"`,
    ).join('\n');
    documents.push(
      `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db-${i}
  labels:
    app: db-${i}
spec:
  replicas: 3
  serviceName: db-${i}
  selector:
    matchLabels:
      app: ${selectorApp}
  template:
    metadata:
      labels:
        app: db-${i}
    spec:
      terminationGracePeriodSeconds: ${gracePeriod}
      containers:
        - name: db
          image: registry.k8s.io/nginx-slim:0.8
          ports:
            - name: web
              containerPort: 80
          readinessProbe:
            httpGet:
              path: /
              port: web
          env:
${env}
          volumeMounts:
            - name: data
              mountPath: /data
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: ["ReadWriteOnce"]
        resources:
          requests:
            storage: 1Gi`,
      `apiVersion: v1
kind: Service
metadata:
  name: db-${i}
spec:${clusterIp}
  selector:
    app: db-${i}
  ports:
    - name: web
      port: 80`,
    );
  }
  return documents.join('\n---\n') + '\n';
}
