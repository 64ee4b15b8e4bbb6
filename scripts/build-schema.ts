/**
 * Builds src/checker/schema/k8s-schema.json: the Kubernetes API field names
 * and types the checker needs, derived from @kubernetes/client-node (which is
 * generated from the Kubernetes OpenAPI document).
 *
 * Run: npx tsx scripts/build-schema.ts (or npm run schema). The output is
 * committed; rerun after upgrading @kubernetes/client-node.
 */
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {pathToFileURL} from 'node:url';

const ROOT = join(import.meta.dirname, '..');
const CLIENT = join(ROOT, 'node_modules/@kubernetes/client-node');
const OUTPUT = join(ROOT, 'src/checker/schema/k8s-schema.json');

interface Attribute {
  baseName: string;
  type: string;
  format: string;
}
type ModelClass = {attributeTypeMap?: Attribute[]};

// Fields of type resource.Quantity. client-node writes them as plain strings
// (or maps of strings) and its descriptions do not say so, so they are listed
// here from the OpenAPI document (`io.k8s.apimachinery.pkg.api.resource.Quantity`
// references), by model name without its version prefix. The script fails if
// one of them no longer exists, so the list cannot silently rot.
const QUANTITY_FIELDS: Record<string, string[]> = {
  CapacityRequestPolicy: ['default'],
  CapacityRequestPolicyRange: ['max', 'min', 'step'],
  CapacityRequirements: ['requests'],
  ContainerStatus: ['allocatedResources'],
  Counter: ['value'],
  CSIStorageCapacity: ['capacity', 'maximumVolumeSize'],
  DeviceCapacity: ['value'],
  DeviceRequestAllocationResult: ['consumedCapacity'],
  EmptyDirVolumeSource: ['sizeLimit'],
  LimitRangeItem: ['default', 'defaultRequest', 'max', 'maxLimitRequestRatio', 'min'],
  MetricTarget: ['averageValue', 'value'],
  MetricValueStatus: ['averageValue', 'value'],
  NodeAllocatableResourceClaimStatus: ['resources'],
  NodeStatus: ['allocatable', 'capacity'],
  Overhead: ['podFixed'],
  PersistentVolumeClaimStatus: ['allocatedResources', 'capacity'],
  PersistentVolumeSpec: ['capacity'],
  PodSpec: ['overhead'],
  PodStatus: ['allocatedResources'],
  ResourceQuotaSpec: ['hard'],
  ResourceQuotaStatus: ['hard', 'used'],
  ResourceRequirements: ['limits', 'requests'],
  VolumeResourceRequirements: ['limits', 'requests'],
};

// Models whose content is free-form JSON in practice: the API server keeps
// what it is given (CRD schemas are JSON Schema documents with their own
// vocabulary and are checked by the CRD validation, not by field decoding).
const FREE_FORM_MODELS = new Set(['V1JSONSchemaProps']);

/** `V1beta1StatefulSet` → `StatefulSet`; `CoreV1Event` → `Event`. */
const VERSION_PREFIX = /^(?:[A-Z][a-z]+)*V\d+(?:alpha\d+|beta\d+)?(?=[A-Z])/;
const withoutVersion = (model: string) => model.replace(VERSION_PREFIX, '');

async function main(): Promise<void> {
  // The package's main entry fails to load on Node 20; the models alone load.
  const models = (await import(
    pathToFileURL(join(CLIENT, 'dist/gen/models/all.js')).href
  )) as Record<string, ModelClass>;
  const clientVersion = readJson(join(CLIENT, 'package.json')).version as string;
  const openApiRelease = /OpenAPI spec version: release-([\d.]+)/.exec(
    readFileSync(join(CLIENT, 'dist/gen/models/V1StatefulSet.js'), 'utf8'),
  )?.[1];
  if (!openApiRelease) throw new Error('No "OpenAPI spec version" in V1StatefulSet.js');

  const kinds = readKinds(join(CLIENT, 'dist/gen/apis'), models);
  const schemaModels = collectModels(models, Object.values(kinds).flatMap(Object.values));
  const quantityCount = markQuantities(schemaModels);

  // kubectl expands `kind: List` into its items; each item is an object of its own.
  kinds.v1.List = 'List';
  schemaModels.List = {
    apiVersion: 'string',
    kind: 'string',
    metadata: 'V1ListMeta',
    items: '[]any',
  };
  if (!schemaModels.V1ListMeta) schemaModels.V1ListMeta = modelFields(models, 'V1ListMeta', []);

  const schema = {
    generatedFrom: `@kubernetes/client-node ${clientVersion} (Kubernetes OpenAPI release-${openApiRelease}) by scripts/build-schema.ts`,
    kubernetesVersion: openApiRelease,
    types: [
      'string | int32 | int64 | number | boolean | bytes (base64 string)',
      'Time | IntOrString | Quantity | any (free-form) | <model>',
      '[]<type> (list) | {}<type> (map of string to type)',
    ].join(' | '),
    kinds: sortKeys(Object.fromEntries(Object.entries(kinds).map(([gv, k]) => [gv, sortKeys(k)]))),
    models: sortKeys(schemaModels),
  };
  const text = `${JSON.stringify(schema)}\n`;
  writeFileSync(OUTPUT, text);
  const gvkCount = Object.values(kinds).reduce((n, k) => n + Object.keys(k).length, 0);
  console.log(
    `${OUTPUT}: ${(text.length / 1024).toFixed(1)} KiB, ${gvkCount} kinds in ` +
      `${Object.keys(kinds).length} group versions, ${Object.keys(schemaModels).length} models, ` +
      `${quantityCount} quantity fields (Kubernetes ${openApiRelease})`,
  );
}

/**
 * Which kinds each group version serves, from the API classes: every
 * `create…` method POSTs to a collection path (`/apis/apps/v1/namespaces/
 * {namespace}/statefulsets`) and serializes its body as the kind's model.
 */
function readKinds(apiDir: string, models: Record<string, ModelClass>) {
  const kinds: Record<string, Record<string, string>> = {};
  // The package also ships stale API files of older releases; only the
  // classes its index exports are current.
  const index = readFileSync(join(apiDir, '../index.js'), 'utf8');
  const current = new Set([...index.matchAll(/ as (\w+Api)\b/g)].map((m) => `${m[1]}.js`));
  for (const file of readdirSync(apiDir).filter((f) => current.has(f))) {
    const source = readFileSync(join(apiDir, file), 'utf8');
    for (const method of source.split(/\n\s+async /).filter((m) => m.startsWith('create'))) {
      const path = /localVarPath = '([^']+)'/.exec(method)?.[1];
      const body = /serialize\(body, "(\w+)"/.exec(method)?.[1];
      // Paths with {name} are subresources (pods/{name}/eviction), not kinds;
      // CustomObjectsApi's {group}/{version} paths serve any custom resource.
      if (!path || !body || /\{(name|group)\}/.test(path)) continue;
      const groupVersion = /^\/apis?\/((?:[^/]+\/)?v[^/]+)\//.exec(path)?.[1];
      if (!groupVersion) throw new Error(`Unexpected path ${path} in ${file}`);
      if (!models[body]) throw new Error(`Unknown body model ${body} in ${file}`);
      const kind = withoutVersion(body);
      const methodKind = /^create(?:Namespaced)?(\w+)\(/.exec(method)?.[1];
      if (methodKind !== kind) throw new Error(`Kind ${kind} ≠ method ${methodKind} in ${file}`);
      (kinds[groupVersion] ??= {})[kind] = body;
    }
  }
  return kinds;
}

type Fields = Record<string, string>;

/** The models reachable from `roots`, each as field name → type. */
function collectModels(models: Record<string, ModelClass>, roots: string[]) {
  const out: Record<string, Fields> = {};
  const queue = [...roots];
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (out[name]) continue;
    out[name] = modelFields(models, name, queue);
  }
  return out;
}

function modelFields(models: Record<string, ModelClass>, name: string, queue: string[]): Fields {
  const attributes = models[name]?.attributeTypeMap;
  if (!attributes) throw new Error(`No attributeTypeMap for ${name}`);
  const fields: Fields = {};
  for (const {baseName, type, format} of attributes) {
    fields[baseName] = toType(type, format, models, queue);
  }
  return fields;
}

function toType(
  type: string,
  format: string,
  models: Record<string, ModelClass>,
  queue: string[],
): string {
  const array = /^Array<(.+)>$/.exec(type);
  if (array) return `[]${toType(array[1], format, models, queue)}`;
  const map = /^\{ \[key: string\]: (.+); \}$/.exec(type);
  if (map) return `{}${toType(map[1], format, models, queue)}`;
  switch (type) {
    case 'string':
      return format === 'byte' ? 'bytes' : 'string';
    case 'number':
      return format === 'int32' || format === 'int64' ? format : 'number';
    case 'boolean':
    case 'IntOrString':
      return type;
    case 'Date':
    case 'V1MicroTime':
      return 'Time';
    case 'any':
    case 'object':
      return 'any';
  }
  if (FREE_FORM_MODELS.has(type)) return 'any';
  if (!models[type]) throw new Error(`Unknown type ${type}`);
  queue.push(type);
  return type;
}

function markQuantities(schemaModels: Record<string, Fields>): number {
  let count = 0;
  const seen = new Set<string>();
  for (const [model, fields] of Object.entries(schemaModels)) {
    const names = QUANTITY_FIELDS[withoutVersion(model)];
    for (const name of names ?? []) {
      const type = fields[name];
      if (type !== 'string' && type !== '{}string') {
        throw new Error(`${model}.${name} is ${type}, not a quantity string`);
      }
      fields[name] = type === 'string' ? 'Quantity' : '{}Quantity';
      seen.add(withoutVersion(model));
      count++;
    }
  }
  const missing = Object.keys(QUANTITY_FIELDS).filter((m) => !seen.has(m));
  if (missing.length > 0) throw new Error(`Quantity models not found: ${missing.join(', ')}`);
  return count;
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function readJson(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
