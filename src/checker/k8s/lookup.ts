import type {ManifestObject} from '../types';

// Rules that look at other objects of the text (the Service a StatefulSet
// names, the autoscaler that targets it) run once per object, so a plain scan
// per lookup is quadratic: a 500-document file would do 250 × 500 scans.
// Each derived table is built once per text and kept as long as the text's
// object list lives.

type Build<T> = (objects: ReadonlyArray<ManifestObject>) => T;

const TABLES = new WeakMap<ReadonlyArray<ManifestObject>, Map<Build<unknown>, unknown>>();

/**
 * `build(objects)`, computed once per object list. Pass a function defined at
 * module level: it is the key of the memo.
 */
export function perText<T>(objects: ReadonlyArray<ManifestObject>, build: Build<T>): T {
  let tables = TABLES.get(objects);
  if (!tables) {
    tables = new Map();
    TABLES.set(objects, tables);
  }
  if (!tables.has(build)) tables.set(build, build(objects));
  return tables.get(build) as T;
}

/** The namespace an object lands in when applied without `-n`. */
export function namespaceOf(object: ManifestObject): string {
  return object.namespace ?? 'default';
}

const keyOf = (kind: string, namespace: string, name: string) =>
  `${kind}\u0000${namespace}\u0000${name}`;

function byKindNamespaceName(objects: ReadonlyArray<ManifestObject>) {
  const table = new Map<string, ManifestObject>();
  for (const object of objects) {
    if (object.name === undefined) continue;
    const key = keyOf(object.kind, namespaceOf(object), object.name);
    // kubectl applies documents in order, so the last one wins.
    table.set(key, object);
  }
  return table;
}

function byKind(objects: ReadonlyArray<ManifestObject>) {
  const table = new Map<string, ManifestObject[]>();
  for (const object of objects) {
    const list = table.get(object.kind) ?? [];
    list.push(object);
    table.set(object.kind, list);
  }
  return table;
}

/** The object of `kind` named `name` in `namespace`, if the text has one. */
export function findObject(
  objects: ReadonlyArray<ManifestObject>,
  kind: string,
  namespace: string,
  name: string,
): ManifestObject | undefined {
  return perText(objects, byKindNamespaceName).get(keyOf(kind, namespace, name));
}

/** Every object of `kind` in the text, in order. */
export function objectsOfKind(
  objects: ReadonlyArray<ManifestObject>,
  kind: string,
): ReadonlyArray<ManifestObject> {
  return perText(objects, byKind).get(kind) ?? [];
}
