import {claimName, podName} from './spec';
import type {EventData, SimEvent, SimPod, Simulation} from './types';

/** Why the controller stopped short: a message id and its values. */
export interface Wait {
  messageId: string;
  /** The Pod the controller waits for. */
  pod: string;
  data: EventData;
}

export interface SyncResult {
  events: SimEvent[];
  wait?: Wait;
}

/**
 * One pass of the StatefulSet controller over `simulation`, which it changes
 * in place: the order of updateStatefulSet in
 * pkg/controller/statefulset/stateful_set_control.go. First every ordinal in
 * range (create what is missing), then the condemned Pods above the range
 * (scale down, highest first), then the rolling update (highest first, down to
 * the partition). With OrderedReady ("monotonic" upstream) the pass stops at
 * the first Pod that is not Running, Ready and available, and after each
 * create or delete; with Parallel it goes on.
 */
export function syncController(simulation: Simulation): SyncResult {
  if (simulation.isSetDeleted) return {events: []};
  const {spec} = simulation;
  const isMonotonic = spec.podManagementPolicy === 'OrderedReady';
  const start = spec.ordinalStart;
  const end = start + spec.replicas - 1;
  const events: SimEvent[] = [];

  // 1. The ordinals in range.
  for (let ordinal = start; ordinal <= end; ordinal++) {
    const pod = findPod(simulation, ordinal);
    if (!pod) {
      events.push(...createPod(simulation, ordinal));
      if (isMonotonic) return {events};
      continue;
    }
    if (!isMonotonic || isHealthy(pod)) continue;
    return {events, wait: waitFor(simulation, pod)};
  }

  // 2. Condemned Pods, highest ordinal first. Upstream lets the first
  // unhealthy Pod go even in monotonic mode: removing it cannot hurt.
  const condemned = simulation.pods
    .filter((pod) => pod.ordinal > end || pod.ordinal < start)
    .sort((a, b) => b.ordinal - a.ordinal);
  const firstUnhealthy = [...condemned].reverse().find((pod) => !isHealthy(pod));
  for (const pod of condemned) {
    if (pod.phase === 'terminating') {
      if (isMonotonic) return {events, wait: waitFor(simulation, pod)};
      continue;
    }
    if (isMonotonic && !isHealthy(pod) && pod !== firstUnhealthy) {
      return {events, wait: waitFor(simulation, firstUnhealthy ?? pod)};
    }
    pod.phase = 'terminating';
    pod.terminationCause = 'scaleDown';
    events.push({
      kind: 'terminating',
      messageId: isMonotonic ? 'podTerminatingScaleDown' : 'podTerminatingParallel',
      pod: pod.name,
      data: {pod: pod.name, replicas: spec.replicas},
    });
    if (isMonotonic) return {events};
  }
  if (events.length > 0) return {events};

  // 3. Updates: none under OnDelete, until someone deletes a Pod.
  if (spec.updateStrategy === 'OnDelete') return {events};

  // 4. The rolling update. Upstream counts the partition from
  // `ordinals.start` (the loop runs over positions, not ordinals), although
  // the API reference speaks of ordinals: kubernetes/kubernetes#128529.
  // maxUnavailable is not modelled: without the MaxUnavailableStatefulSet
  // feature gate (off by default in 1.36) the API server drops it.
  // Waiting matters only while a Pod is left to replace.
  if (nextOutdated(simulation) === undefined) {
    completeRollout(simulation);
    return {events};
  }
  for (let ordinal = end; ordinal >= start + spec.partition; ordinal--) {
    const pod = findPod(simulation, ordinal);
    if (!pod) continue;
    if (pod.revision !== simulation.updateRevision && pod.phase !== 'terminating') {
      pod.phase = 'terminating';
      pod.terminationCause = 'update';
      return {
        events: [
          {
            kind: 'terminating',
            messageId: 'podTerminatingUpdate',
            pod: pod.name,
            data: {pod: pod.name, revision: simulation.updateRevision},
          },
        ],
      };
    }
    if (!isHealthy(pod)) return {events, wait: waitFor(simulation, pod)};
  }

  completeRollout(simulation);
  return {events};
}

/** Running and Ready for minReadySeconds, and not on its way out. */
export function isHealthy(pod: SimPod): boolean {
  return pod.phase === 'ready' && pod.isAvailable;
}

export function findPod(
  simulation: Simulation,
  ordinal: number,
): SimPod | undefined {
  return simulation.pods.find((pod) => pod.ordinal === ordinal);
}

/**
 * The revision newVersionedStatefulSetPod gives a new Pod: below the
 * partition the current one, so a deleted Pod there comes back unchanged;
 * otherwise, and always under OnDelete, the spec's latest template.
 */
export function revisionForNewPod(simulation: Simulation, ordinal: number): number {
  const {spec} = simulation;
  const isBelowPartition =
    spec.updateStrategy === 'RollingUpdate' &&
    ordinal < spec.ordinalStart + spec.partition;
  return isBelowPartition ? simulation.currentRevision : simulation.updateRevision;
}

function createPod(simulation: Simulation, ordinal: number): SimEvent[] {
  const {spec} = simulation;
  const name = podName(spec, ordinal);
  const revision = revisionForNewPod(simulation, ordinal);
  const recreating = simulation.recreating.find((item) => item.ordinal === ordinal);
  simulation.recreating = simulation.recreating.filter(
    (item) => item !== recreating,
  );

  const pod: SimPod = {
    ordinal,
    name,
    revision,
    phase: 'pending',
    isAvailable: false,
  };
  simulation.pods.push(pod);
  simulation.pods.sort((a, b) => a.ordinal - b.ordinal);

  const event: SimEvent = {
    kind: 'created',
    messageId: createdMessageId(simulation, ordinal, recreating?.cause),
    pod: name,
    data: {pod: name, revision, previous: podName(spec, ordinal - 1)},
  };
  return [event, ...attachClaims(simulation, ordinal, recreating !== undefined)];
}

function createdMessageId(
  simulation: Simulation,
  ordinal: number,
  cause: string | undefined,
): string {
  if (cause === 'update') return 'podRecreatedUpdate';
  if (cause === 'manual') return 'podRecreatedManual';
  const {spec} = simulation;
  if (spec.podManagementPolicy === 'Parallel') return 'podCreatedParallel';
  return ordinal === spec.ordinalStart ? 'podCreatedFirst' : 'podCreatedOrdered';
}

/**
 * The claims of a new Pod: an existing claim is mounted again (its data with
 * it); a missing or deleted one is created from the template. Quiet when a
 * replaced Pod takes its own claims back: the Pod's message says so.
 */
function attachClaims(
  simulation: Simulation,
  ordinal: number,
  isReplacement: boolean,
): SimEvent[] {
  const {spec} = simulation;
  const pod = podName(spec, ordinal);
  const events: SimEvent[] = [];
  for (const template of spec.claimTemplates) {
    const name = claimName(spec, template, ordinal);
    const claim = simulation.claims.find((item) => item.name === name);
    if (claim && claim.state !== 'deleted') {
      if (claim.state === 'kept' && !isReplacement) {
        events.push({
          kind: 'claimReattached',
          messageId: 'claimReattached',
          pod,
          claim: name,
          data: {pod, claim: name},
        });
      }
      claim.state = 'bound';
      continue;
    }
    events.push({
      kind: 'claimCreated',
      messageId: claim ? 'claimCreatedAgain' : 'claimCreated',
      pod,
      claim: name,
      data: {pod, claim: name, template},
    });
    if (claim) claim.state = 'bound';
    else simulation.claims.push({name, template, ordinal, state: 'bound'});
  }
  simulation.claims.sort((a, b) => a.ordinal - b.ordinal);
  return events;
}

/** What the controller waits for `pod` to do, and what that holds back. */
function waitFor(simulation: Simulation, pod: SimPod): Wait {
  const {spec} = simulation;
  const end = spec.ordinalStart + spec.replicas - 1;
  const missing = firstMissing(simulation);
  const condemned = simulation.pods
    .filter((item) => item.ordinal > end && item.phase !== 'terminating')
    .sort((a, b) => b.ordinal - a.ordinal)[0];
  const outdated = nextOutdated(simulation);

  let messageId = 'stuckUpdate';
  let next: string | undefined = outdated;
  if (missing !== undefined) {
    messageId = 'stuckCreate';
    next = podName(spec, missing);
  } else if (condemned) {
    messageId = 'stuckScaleDown';
    next = condemned.name;
  } else if (outdated === undefined) {
    messageId = 'stuckIdle';
  }
  return {messageId, pod: pod.name, data: {pod: pod.name, next: next ?? ''}};
}

function firstMissing(simulation: Simulation): number | undefined {
  const {spec} = simulation;
  const end = spec.ordinalStart + spec.replicas;
  for (let ordinal = spec.ordinalStart; ordinal < end; ordinal++) {
    if (!findPod(simulation, ordinal)) return ordinal;
  }
  return undefined;
}

/** The next Pod the rolling update would replace, by name. */
function nextOutdated(simulation: Simulation): string | undefined {
  const {spec} = simulation;
  if (spec.updateStrategy === 'OnDelete') return undefined;
  const end = spec.ordinalStart + spec.replicas - 1;
  const first = spec.ordinalStart + spec.partition;
  for (let ordinal = end; ordinal >= first; ordinal--) {
    const pod = findPod(simulation, ordinal);
    if (pod && pod.revision !== simulation.updateRevision) return pod.name;
  }
  return undefined;
}

/**
 * `status.currentRevision` catches up once every Pod runs the latest template
 * and is Ready (completeRollingUpdate upstream); a partition keeps it back.
 */
function completeRollout(simulation: Simulation): void {
  const {spec} = simulation;
  if (spec.updateStrategy !== 'RollingUpdate') return;
  const inRange = simulation.pods.filter(
    (pod) =>
      pod.ordinal >= spec.ordinalStart &&
      pod.ordinal < spec.ordinalStart + spec.replicas,
  );
  const isDone =
    inRange.length === spec.replicas &&
    inRange.every(
      (pod) =>
        pod.revision === simulation.updateRevision && pod.phase === 'ready',
    );
  if (isDone) simulation.currentRevision = simulation.updateRevision;
}
