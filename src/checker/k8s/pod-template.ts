import type {ManifestObject} from '../types';
import type {FieldPath} from '../yaml/locate';
import {asArray, isRecord} from './objects';

// Where a StatefulSet keeps its Pod template and claim templates, walked the
// way pkg/apis/core/validation/validation.go walks a PodSpec. Every helper
// skips entries of the wrong type: those belong to the schema-type rule.

/** The path of a StatefulSet's PodSpec. */
export const POD_SPEC_PATH: FieldPath = ['spec', 'template', 'spec'];

/** A container of the Pod template, with where it sits. */
export interface ContainerEntry {
  container: Record<string, unknown>;
  path: FieldPath;
}

/** A list of a PodSpec that holds containers, in upstream's validation order. */
export const CONTAINER_LISTS = ['containers', 'initContainers'] as const;

/** The StatefulSet's PodSpec, if it is a mapping. */
export function podSpecOf(object: ManifestObject): Record<string, unknown> | undefined {
  const spec = object.value.spec;
  if (!isRecord(spec) || !isRecord(spec.template)) return undefined;
  return isRecord(spec.template.spec) ? spec.template.spec : undefined;
}

/** Every container and init container of the Pod template that is a mapping. */
export function containersOf(object: ManifestObject): ContainerEntry[] {
  const podSpec = podSpecOf(object);
  if (!podSpec) return [];
  const entries: ContainerEntry[] = [];
  for (const list of CONTAINER_LISTS) {
    asArray(podSpec[list]).forEach((container, index) => {
      if (isRecord(container)) {
        entries.push({container, path: [...POD_SPEC_PATH, list, index]});
      }
    });
  }
  return entries;
}

/** A claim template, with where it sits. */
export interface ClaimTemplateEntry {
  template: Record<string, unknown>;
  path: FieldPath;
  /** `metadata.name` when it is a non-empty string. */
  name?: string;
}

/** Every claim template of a StatefulSet that is a mapping. */
export function claimTemplatesOf(object: ManifestObject): ClaimTemplateEntry[] {
  const spec = object.value.spec;
  if (!isRecord(spec)) return [];
  const entries: ClaimTemplateEntry[] = [];
  asArray(spec.volumeClaimTemplates).forEach((template, index) => {
    if (!isRecord(template)) return;
    const metadata = isRecord(template.metadata) ? template.metadata : {};
    const name =
      typeof metadata.name === 'string' && metadata.name !== '' ? metadata.name : undefined;
    entries.push({template, path: ['spec', 'volumeClaimTemplates', index], name});
  });
  return entries;
}

/** A PersistentVolumeClaimSpec to validate, with the path of its `spec`. */
export interface ClaimSpecEntry {
  /** The spec; an empty object where the field is missing. */
  spec: Record<string, unknown>;
  path: FieldPath;
  /** How messages name the claim: its name, or its place in the list. */
  claim: string;
}

/**
 * The spec of every claim template. A missing spec counts as empty, as
 * upstream validates the zero value; a spec of the wrong type is skipped.
 */
export function claimSpecsOf(object: ManifestObject): ClaimSpecEntry[] {
  const entries: ClaimSpecEntry[] = [];
  for (const {template, path, name} of claimTemplatesOf(object)) {
    const spec = template.spec ?? {};
    const claim = name ?? `volumeClaimTemplates[${path[2]}]`;
    if (isRecord(spec)) entries.push({spec, path: [...path, 'spec'], claim});
  }
  return entries;
}

/**
 * The volume names the Pod template's mounts may use. Since v1.34 upstream
 * adds one volume per named claim template (`volumesToAddForTemplates` in
 * pkg/apis/apps/validation/validation.go) and drops a template volume of the
 * same name; claim templates without a name add nothing. Undefined when the
 * set cannot be known: a list or a name of the wrong type stops the object at
 * decoding, before any mount is validated.
 */
export function volumeNamesOf(object: ManifestObject): Set<string> | undefined {
  const spec = object.value.spec;
  const claims = isRecord(spec) ? spec.volumeClaimTemplates : undefined;
  const volumes = podSpecOf(object)?.volumes;
  const names = new Set<string>();
  for (const list of [claims, volumes]) {
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) return undefined;
    for (const item of list) {
      if (!isRecord(item)) return undefined;
      const holder = list === claims ? item.metadata ?? {} : item;
      const name = isRecord(holder) ? holder.name : undefined;
      if (typeof name === 'string' && name !== '') names.add(name);
      else if (name !== undefined && name !== null && name !== '') return undefined;
    }
  }
  return names;
}

/** Whether `value` is an integer a Kubernetes int32 field can hold. */
export function isInt32(value: unknown): value is number {
  return Number.isInteger(value) && Math.abs(value as number) <= 2147483647;
}
