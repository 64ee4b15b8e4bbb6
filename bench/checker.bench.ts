// `npm run bench`: how much `check` costs over a bare parse of the same text.
// Prints figures; asserts nothing (timings do not belong in tests).
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseAllDocuments} from 'yaml';
import {check} from '../src/checker';

const corpus = process.env.STS_CORPUS ?? join(import.meta.dirname, '..', '..', 'shared', 'corpus');

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median milliseconds of `run`, over enough runs to last about `budgetMs`. */
function measure(run: () => unknown, budgetMs = 1500): number {
  run(); // warm-up: JIT and caches
  const samples: number[] = [];
  const started = performance.now();
  while (samples.length < 5 || (performance.now() - started < budgetMs && samples.length < 500)) {
    const t0 = performance.now();
    run();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

/** 250 Service/StatefulSet pairs, padded with env entries to about 1 MB. */
function generateLargeText(): string {
  const documents: string[] = [];
  for (let i = 0; i < 250; i++) {
    const env = Array.from({length: 54}, (_, j) => `        - name: SETTING_${j}\n          value: "value-${i}-${j}"`).join('\n');
    documents.push(
      `apiVersion: v1\nkind: Service\nmetadata:\n  name: svc-${i}\nspec:\n  clusterIP: None\n  selector:\n    app: app-${i}\n  ports:\n  - port: 80\n    name: web`,
      `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: app-${i}\nspec:\n  serviceName: svc-${i}\n  replicas: 3\n  selector:\n    matchLabels:\n      app: app-${i}\n  template:\n    metadata:\n      labels:\n        app: app-${i}\n    spec:\n      containers:\n      - name: main\n        image: registry.k8s.io/nginx-slim:0.8\n        readinessProbe:\n          httpGet: {path: /, port: web}\n        ports:\n        - containerPort: 80\n          name: web\n        env:\n${env}\n        volumeMounts:\n        - name: data\n          mountPath: /data\n  volumeClaimTemplates:\n  - metadata:\n      name: data\n    spec:\n      accessModes: [ReadWriteOnce]\n      resources:\n        requests:\n          storage: 1Gi`,
    );
  }
  return documents.join('\n---\n');
}

// The baseline is what any consumer of the `yaml` package does to get at the
// values: parse every document and turn it into plain JavaScript.
const bareParse = (text: string) =>
  parseAllDocuments(text, {version: '1.1'}).map((doc) => doc.toJS({maxAliasCount: 100}));

const inputs: Array<{name: string; texts: string[]}> = [];
if (existsSync(join(corpus, 'seed.yaml'))) {
  inputs.push({name: 'seed example', texts: [readFileSync(join(corpus, 'seed.yaml'), 'utf8')]});
  const valid = readdirSync(join(corpus, 'valid')).filter((f) => f.endsWith('.yaml'));
  inputs.push({name: `corpus valid/ (${valid.length} files)`, texts: valid.map((f) => readFileSync(join(corpus, 'valid', f), 'utf8'))});
} else {
  console.log(`(no corpus at ${corpus}: set STS_CORPUS to include the seed and valid/ files)`);
}
const large = generateLargeText();
inputs.push({name: `generated ${(large.length / 1e6).toFixed(2)} MB, 500 documents`, texts: [large]});

console.log(`StatefulSet Lab checker benchmark, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}\n`);
console.log('| input | check (median ms) | bare yaml parse + toJS (median ms) | ratio |');
console.log('|---|---:|---:|---:|');
for (const {name, texts} of inputs) {
  const checkMs = measure(() => texts.forEach((t) => check(t, {locale: 'en'})));
  const parseMs  = measure(() => texts.forEach(bareParse));
  console.log(`| ${name} | ${checkMs.toFixed(3)} | ${parseMs.toFixed(3)} | ${(checkMs / parseMs).toFixed(2)} |`);
}
console.log('\nAims: ratio at most 1.5; the seed example under 1 ms.');
