import type {ManifestObject} from '../types';
import {findObject, namespaceOf, objectsOfKind, perText} from './lookup';
import {getIn, isRecord} from './objects';

// The governing Service of a StatefulSet: the one `spec.serviceName` names, in
// the StatefulSet's namespace. It gives each Pod the DNS name
// <pod>.<service>.<namespace>.svc (statefulset.md, "Stable Network ID").

/** `spec.serviceName` when it is a non-empty string. */
export function serviceNameOf(statefulSet: ManifestObject): string | undefined {
  const name = getIn(statefulSet.value, ['spec', 'serviceName']);
  return typeof name === 'string' && name !== '' ? name : undefined;
}

/** The Service of this text that `spec.serviceName` names, if any. */
export function governingService(
  objects: ReadonlyArray<ManifestObject>,
  statefulSet: ManifestObject,
): ManifestObject | undefined {
  const name = serviceNameOf(statefulSet);
  return name === undefined
    ? undefined
    : findObject(objects, 'Service', namespaceOf(statefulSet), name);
}

function byGoverningService(objects: ReadonlyArray<ManifestObject>) {
  const table = new Map<string, ManifestObject[]>();
  for (const statefulSet of objectsOfKind(objects, 'StatefulSet')) {
    const name = serviceNameOf(statefulSet);
    if (name === undefined) continue;
    const key = `${namespaceOf(statefulSet)}/${name}`;
    table.set(key, [...(table.get(key) ?? []), statefulSet]);
  }
  return table;
}

/** The StatefulSets of this text whose `spec.serviceName` names `service`. */
export function statefulSetsGovernedBy(
  objects: ReadonlyArray<ManifestObject>,
  service: ManifestObject,
): ReadonlyArray<ManifestObject> {
  const key = `${namespaceOf(service)}/${service.name ?? ''}`;
  return perText(objects, byGoverningService).get(key) ?? [];
}

/** `spec.selector` of a Service when it selects anything (a non-empty map). */
export function serviceSelectorOf(service: ManifestObject): Record<string, unknown> | undefined {
  const selector = getIn(service.value, ['spec', 'selector']);
  return isRecord(selector) && Object.keys(selector).length > 0 ? selector : undefined;
}
