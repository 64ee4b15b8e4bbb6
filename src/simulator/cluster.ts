import type {EventData, SimEvent, SimPod, Simulation} from './types';

/**
 * Everything that happens without the controller, in one step: kubelets
 * start and stop Pods, readiness probes pass or fail, minReadySeconds runs
 * out, and the garbage collector removes what a deleted StatefulSet owned.
 * Changes `simulation` in place; no events means nothing is moving.
 */
export function advanceCluster(simulation: Simulation): SimEvent[] {
  if (simulation.isSetDeleted) {
    const collected = collectPods(simulation);
    if (collected.length > 0) return collected;
  }

  const events: SimEvent[] = [];
  for (const pod of [...simulation.pods]) {
    events.push(...advancePod(simulation, pod));
  }
  if (events.length === 0 && simulation.isSetDeleted) {
    events.push(...collectClaims(simulation));
  }
  return events;
}

/** Whether the Pod's containers would pass their readiness probe. */
export function canBecomeReady(simulation: Simulation, pod: SimPod): boolean {
  return (
    !simulation.neverReady.includes(pod.ordinal) &&
    !simulation.brokenRevisions.includes(pod.revision)
  );
}

function advancePod(simulation: Simulation, pod: SimPod): SimEvent[] {
  const canBeReady = canBecomeReady(simulation, pod);
  const cause = simulation.neverReady.includes(pod.ordinal) ? 'marked' : 'broken';

  switch (pod.phase) {
    case 'pending':
      if (!canBeReady) {
        pod.phase = 'notReady';
        const messageId =
          cause === 'marked'
            ? 'podRunningNotReadyMarked'
            : 'podRunningNotReadyBroken';
        return [event('notReady', messageId, pod)];
      }
      pod.phase = 'ready';
      pod.isAvailable = simulation.spec.minReadySeconds === 0;
      return [event('ready', 'podReady', pod)];
    case 'notReady':
      if (!canBeReady) return [];
      pod.phase = 'ready';
      pod.isAvailable = simulation.spec.minReadySeconds === 0;
      return [event('ready', 'podRecovered', pod)];
    case 'ready':
      if (!canBeReady) {
        pod.phase = 'notReady';
        pod.isAvailable = false;
        return [event('notReady', 'podBecameNotReady', pod)];
      }
      if (pod.isAvailable) return [];
      pod.isAvailable = true;
      return [
        event('available', 'podAvailable', pod, {
          seconds: simulation.spec.minReadySeconds,
        }),
      ];
    case 'terminating':
      return removePod(simulation, pod);
  }
}

/**
 * The Pod is gone; its claims stay or go. whenScaled applies only to a Pod
 * removed by a scale-down (its ordinal is now outside the range), whenDeleted
 * only to the deletion of the StatefulSet; a Pod replaced by an update or
 * deleted by hand always keeps its claims for its successor.
 */
function removePod(simulation: Simulation, pod: SimPod): SimEvent[] {
  const {spec} = simulation;
  simulation.pods = simulation.pods.filter((item) => item !== pod);
  const events = [event('terminated', 'podTerminated', pod)];
  const isCondemned =
    pod.ordinal < spec.ordinalStart ||
    pod.ordinal >= spec.ordinalStart + spec.replicas;

  if (!simulation.isSetDeleted && !isCondemned) {
    simulation.recreating.push({
      ordinal: pod.ordinal,
      cause: pod.terminationCause === 'update' ? 'update' : 'manual',
    });
  }

  const policy = simulation.isSetDeleted ? spec.whenDeleted : spec.whenScaled;
  const reason = simulation.isSetDeleted ? 'SetDeleted' : 'ScaleDown';
  for (const claim of simulation.claims) {
    if (claim.ordinal !== pod.ordinal || claim.state !== 'bound') continue;
    if (!simulation.isSetDeleted && !isCondemned) {
      claim.state = 'kept';
      continue;
    }
    claim.state = policy === 'Delete' ? 'deleted' : 'kept';
    events.push({
      kind: policy === 'Delete' ? 'claimDeleted' : 'claimKept',
      messageId: `${policy === 'Delete' ? 'claimDeleted' : 'claimKept'}${reason}`,
      pod: pod.name,
      claim: claim.name,
      data: {pod: pod.name, claim: claim.name},
    });
  }
  return events;
}

/**
 * Deleting a StatefulSet deletes its Pods through the garbage collector, all
 * at once and in no order: the concepts page says to scale to 0 first for an
 * ordered shutdown.
 */
function collectPods(simulation: Simulation): SimEvent[] {
  const events: SimEvent[] = [];
  for (const pod of simulation.pods) {
    if (pod.phase === 'terminating') continue;
    pod.phase = 'terminating';
    pod.terminationCause = 'setDeleted';
    events.push(event('terminating', 'podTerminatingSetDeleted', pod));
  }
  return events;
}

/**
 * Claims left from earlier scale-downs belong to the StatefulSet too: with
 * whenDeleted Delete they go once their Pods are gone.
 */
function collectClaims(simulation: Simulation): SimEvent[] {
  if (simulation.spec.whenDeleted !== 'Delete') return [];
  const events: SimEvent[] = [];
  for (const claim of simulation.claims) {
    if (claim.state !== 'kept') continue;
    claim.state = 'deleted';
    events.push({
      kind: 'claimDeleted',
      messageId: 'claimDeletedSetDeleted',
      claim: claim.name,
      data: {claim: claim.name},
    });
  }
  return events;
}

function event(
  kind: SimEvent['kind'],
  messageId: string,
  pod: SimPod,
  data: EventData = {},
): SimEvent {
  return {
    kind,
    messageId,
    pod: pod.name,
    data: {pod: pod.name, revision: pod.revision, ...data},
  };
}
