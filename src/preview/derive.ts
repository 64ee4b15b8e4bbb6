import type {CheckResult, Diagnostic, ManifestObject} from '../checker';
import {namespaceOf, objectsOfKind} from '../checker/k8s/lookup';
import {getIn, isRecord} from '../checker/k8s/objects';
import {readClaimTemplates} from './claims';
import {
  NOT_A_MANIFEST_RULE,
  errorsIn,
  noticesForErrors,
  unreadableDocuments,
} from './errors';
import {readService} from './service';
import type {
  ClaimPreview,
  ClusterPreview,
  PodPreview,
  PreviewNotice,
  PreviewOptions,
  StatefulSetPreview,
} from './types';

/** Set on every Pod of a StatefulSet: the Pod's name. */
export const POD_NAME_LABEL = 'statefulset.kubernetes.io/pod-name';
/** Set on every Pod of a StatefulSet since Kubernetes 1.28: its ordinal. */
export const POD_INDEX_LABEL = 'apps.kubernetes.io/pod-index';

const DEFAULT_MAX_PODS = 10;

/**
 * What the cluster would hold once the text is applied: for each StatefulSet,
 * its Pods, their DNS names and their claims. Cheap enough for every
 * keystroke: the work is bounded by `maxPods`, not by `spec.replicas`.
 */
export function derivePreview(
  result: CheckResult,
  options: PreviewOptions = {},
): ClusterPreview {
  const maxPods = options.maxPods ?? DEFAULT_MAX_PODS;
  const {objects, diagnostics} = result;
  const unreadable = unreadableDocuments(diagnostics);
  const statefulSets = objectsOfKind(objects, 'StatefulSet').map((object) =>
    previewStatefulSet(object, result, unreadable.size > 0, maxPods),
  );

  if (statefulSets.length === 0) {
    return {statefulSets, notices: [], blocked: whyNothing(diagnostics, unreadable)};
  }
  const notices: PreviewNotice[] = [];
  const [first] = unreadable.values();
  if (first) {
    notices.push({
      id: 'documentsUnreadable',
      effect: 'unreliable',
      data: {count: unreadable.size, line: first.line},
    });
  }
  return {statefulSets, notices};
}

function whyNothing(
  diagnostics: readonly Diagnostic[],
  unreadable: Map<number, Diagnostic>,
): PreviewNotice {
  const notManifest = diagnostics.find((d) => d.ruleId === NOT_A_MANIFEST_RULE);
  if (notManifest) {
    return {id: 'notManifest', effect: 'hidden', data: {line: notManifest.line}};
  }
  const [first] = unreadable.values();
  if (first) {
    return {
      id: 'yamlUnreadable',
      effect: 'hidden',
      data: {count: unreadable.size, line: first.line},
    };
  }
  return {id: 'noStatefulSet', effect: 'hidden'};
}

function previewStatefulSet(
  statefulSet: ManifestObject,
  {objects, diagnostics}: CheckResult,
  hasUnreadableDocuments: boolean,
  maxPods: number,
): StatefulSetPreview {
  const {name, documentIndex, line} = statefulSet;
  const namespace = namespaceOf(statefulSet);
  const notices = noticesForErrors(errorsIn(diagnostics, documentIndex));

  const replicas = readCount(getIn(statefulSet.value, ['spec', 'replicas']), 1);
  if (replicas === undefined) {
    notices.push({id: 'replicasUnreadable', effect: 'hidden', part: 'pods'});
  }
  const ordinalStart = readOrdinalStart(statefulSet);
  if (ordinalStart === undefined) {
    notices.push({id: 'ordinalsStartUnreadable', effect: 'hidden', part: 'pods'});
  }
  if (name === undefined) {
    notices.push({id: 'nameMissing', effect: 'hidden', part: 'pods'});
  }

  const service = readService(objects, diagnostics, statefulSet, hasUnreadableDocuments);
  notices.push(...service.notices);
  const claimTemplates = readClaimTemplates(statefulSet);
  notices.push(...claimTemplates.notices);

  const podCount = replicas ?? 0;
  const canName = name !== undefined && ordinalStart !== undefined;
  const shown = canName ? Math.min(podCount, maxPods) : 0;
  const pods: PodPreview[] = [];
  const claims: ClaimPreview[] = [];
  for (let i = 0; i < shown; i++) {
    const ordinal = ordinalStart! + i;
    const podName = `${name}-${ordinal}`;
    pods.push({
      ordinal,
      name: podName,
      hostname: podName,
      dnsName:
        service.service.state === 'headless'
          ? `${podName}.${service.service.domain}`
          : undefined,
      labels: {[POD_NAME_LABEL]: podName, [POD_INDEX_LABEL]: String(ordinal)},
    });
    for (const template of claimTemplates.templates) {
      claims.push({name: `${template.name}-${podName}`, pod: podName, template});
    }
  }
  if (shown > 0 && shown < podCount) {
    notices.push({
      id: 'podsTruncated',
      effect: 'info',
      part: 'pods',
      data: {shown, count: podCount},
    });
  }

  return {
    name,
    namespace,
    documentIndex,
    line,
    replicas,
    ordinalStart,
    pods,
    podCount,
    service: service.service,
    claimTemplates: claimTemplates.templates,
    claims,
    claimCount: podCount * claimTemplates.templates.length,
    notices,
  };
}

/**
 * An int32 count after its default: missing or null takes `fallback`; a
 * value of the wrong type or a negative one cannot be read (the checker
 * reports it), so the Pods it would give are not guessed.
 */
function readCount(value: unknown, fallback: number): number | undefined {
  if (value === undefined || value === null) return fallback;
  return Number.isSafeInteger(value) && (value as number) >= 0
    ? (value as number)
    : undefined;
}

// spec.ordinals is optional, and so is its start: both default to 0.
function readOrdinalStart(statefulSet: ManifestObject): number | undefined {
  const ordinals = getIn(statefulSet.value, ['spec', 'ordinals']);
  if (ordinals === undefined || ordinals === null) return 0;
  return isRecord(ordinals) ? readCount(ordinals.start, 0) : undefined;
}
