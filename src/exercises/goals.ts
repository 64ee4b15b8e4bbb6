/**
 * Building blocks for exercise goals: small readers of the checker's result.
 * Each returns `undefined` or `false` when the manifest does not have the
 * thing at all, so a goal never throws on a half-typed text.
 */
import type {CheckResult, ManifestObject} from '../checker';
import {asArray, asLabels, getIn, isRecord} from '../checker/k8s/objects';
import {quantityValue} from '../checker/k8s/quantity';
import {mapSelectorMatches, selectorMatches} from '../checker/k8s/selectors';
import type {FieldPath} from '../checker/yaml/locate';

export function hasNoErrors(result: CheckResult): boolean {
  return !result.diagnostics.some((d) => d.severity === 'error');
}

export function hasNoWarnings(result: CheckResult): boolean {
  return !result.diagnostics.some((d) => d.severity === 'warning');
}

/** True when the checker did not report `ruleId` anywhere in the text. */
export function isSilent(result: CheckResult, ruleId: string): boolean {
  return !result.diagnostics.some((d) => d.ruleId === ruleId);
}

/** The first object of `kind` (and `name`, when given). */
export function findObject(
  result: CheckResult,
  kind: string,
  name?: string,
): ManifestObject | undefined {
  return result.objects.find(
    (object) =>
      object.kind === kind && (name === undefined || object.name === name),
  );
}

/** A field of the first StatefulSet (named `name`, when given). */
export function statefulSetField(
  result: CheckResult,
  path: FieldPath,
  name?: string,
): unknown {
  return getIn(findObject(result, 'StatefulSet', name)?.value, path);
}

/** The labels the StatefulSet's Pods get from their template. */
export function podLabels(result: CheckResult): Record<string, string> {
  return asLabels(
    statefulSetField(result, ['spec', 'template', 'metadata', 'labels']),
  );
}

/** The claim template called `name` of the first StatefulSet. */
export function claimTemplate(
  result: CheckResult,
  name: string,
): Record<string, unknown> | undefined {
  const templates = asArray(
    statefulSetField(result, ['spec', 'volumeClaimTemplates']),
  );
  return templates.filter(isRecord).find(
    (template) => getIn(template, ['metadata', 'name']) === name,
  );
}

/** The storage a claim (template) requests, in bytes. */
export function requestedBytes(claim: unknown): number | undefined {
  return quantityValue(getIn(claim, ['spec', 'resources', 'requests', 'storage']));
}

export const GI = 1024 ** 3;

/** The container of the Pod template called `name`. */
export function container(
  result: CheckResult,
  name: string,
): Record<string, unknown> | undefined {
  const containers = asArray(
    statefulSetField(result, ['spec', 'template', 'spec', 'containers']),
  );
  return containers.filter(isRecord).find((entry) => entry.name === name);
}

/** True when container `containerName` mounts volume `volume` at `path`. */
export function mounts(
  result: CheckResult,
  containerName: string,
  volume: string,
  path: string,
): boolean {
  return asArray(container(result, containerName)?.volumeMounts).some(
    (mount) =>
      isRecord(mount) &&
      mount.name === volume &&
      String(mount.mountPath).replace(/\/+$/, '') === path,
  );
}

/** The Pod template's volume called `name`. */
export function podVolume(
  result: CheckResult,
  name: string,
): Record<string, unknown> | undefined {
  const volumes = asArray(
    statefulSetField(result, ['spec', 'template', 'spec', 'volumes']),
  );
  return volumes.filter(isRecord).find((volume) => volume.name === name);
}

/**
 * True when the StatefulSet's `serviceName` names a headless Service whose
 * selector selects the StatefulSet's Pods.
 */
export function hasHeadlessServiceForPods(result: CheckResult): boolean {
  const serviceName = statefulSetField(result, ['spec', 'serviceName']);
  if (typeof serviceName !== 'string' || serviceName === '') return false;
  const service = findObject(result, 'Service', serviceName);
  if (getIn(service?.value, ['spec', 'clusterIP']) !== 'None') return false;
  return mapSelectorMatches(
    getIn(service?.value, ['spec', 'selector']),
    podLabels(result),
  );
}

/** True when a LabelSelector selects the StatefulSet's own Pods. */
export function selectsOwnPods(result: CheckResult, selector: unknown): boolean {
  return isRecord(selector) && selectorMatches(selector, podLabels(result));
}
