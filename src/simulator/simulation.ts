import {advanceCluster, canBecomeReady} from './cluster';
import {findPod, syncController, type Wait} from './controller';
import {claimName, podName} from './spec';
import type {
  EventData,
  SimAction,
  SimEvent,
  SimSpec,
  Simulation,
  StepResult,
} from './types';

export interface CreateOptions {
  /**
   * `running` (the default): the StatefulSet's Pods all exist, Ready, with
   * their claims. `empty`: the StatefulSet was just created, nothing yet.
   */
  from?: 'running' | 'empty';
}

/** A simulation of `spec`'s StatefulSet at revision 1. */
export function createSimulation(
  spec: SimSpec,
  {from = 'running'}: CreateOptions = {},
): Simulation {
  const simulation: Simulation = {
    spec,
    currentRevision: 1,
    updateRevision: 1,
    brokenRevisions: [],
    neverReady: [],
    pods: [],
    claims: [],
    recreating: [],
    isSetDeleted: false,
    stepCount: 0,
  };
  if (from === 'empty') return simulation;

  for (let index = 0; index < spec.replicas; index++) {
    const ordinal = spec.ordinalStart + index;
    simulation.pods.push({
      ordinal,
      name: podName(spec, ordinal),
      revision: 1,
      phase: 'ready',
      isAvailable: true,
    });
    for (const template of spec.claimTemplates) {
      simulation.claims.push({
        name: claimName(spec, template, ordinal),
        template,
        ordinal,
        state: 'bound',
      });
    }
  }
  return simulation;
}

/**
 * What the reader does to the StatefulSet or its Pods (kubectl scale, edit,
 * delete). Returns the changed copy and one `action` event for the log; an
 * action that makes no sense now (deleting a Pod that does not exist,
 * anything after the StatefulSet is gone) returns no events and no change.
 */
export function applyAction(
  simulation: Simulation,
  action: SimAction,
): {simulation: Simulation; events: SimEvent[]} {
  if (simulation.isSetDeleted) return {simulation, events: []};
  const next = structuredClone(simulation);
  const {spec} = next;
  const data: EventData = {};
  let messageId: string;

  switch (action.type) {
    case 'scale': {
      const replicas = Math.max(0, Math.trunc(action.replicas));
      if (replicas === spec.replicas) return {simulation, events: []};
      data.from = spec.replicas;
      data.to = replicas;
      messageId = replicas > spec.replicas ? 'actionScaleUp' : 'actionScaleDown';
      spec.replicas = replicas;
      break;
    }
    case 'rollingUpdate': {
      const revision = Math.max(next.updateRevision, next.currentRevision) + 1;
      next.updateRevision = revision;
      if (action.isBroken) next.brokenRevisions.push(revision);
      data.revision = revision;
      messageId = action.isBroken ? 'actionUpdateBroken' : 'actionUpdate';
      if (spec.updateStrategy === 'OnDelete') messageId += 'OnDelete';
      break;
    }
    case 'rollBack': {
      // A rollback is a new spec holding the old template: the controller
      // finds the old ControllerRevision and makes it the update revision.
      if (next.updateRevision === next.currentRevision) {
        return {simulation, events: []};
      }
      data.from = next.updateRevision;
      data.revision = next.currentRevision;
      next.updateRevision = next.currentRevision;
      messageId = 'actionRollBack';
      break;
    }
    case 'setPartition': {
      const partition = Math.max(0, Math.trunc(action.partition));
      if (spec.updateStrategy === 'OnDelete' || partition === spec.partition) {
        return {simulation, events: []};
      }
      data.from = spec.partition;
      data.to = partition;
      messageId = 'actionPartition';
      spec.partition = partition;
      break;
    }
    case 'setNeverReady': {
      const isMarked = next.neverReady.includes(action.ordinal);
      if (isMarked === action.isNeverReady) return {simulation, events: []};
      next.neverReady = action.isNeverReady
        ? [...next.neverReady, action.ordinal].sort((a, b) => a - b)
        : next.neverReady.filter((ordinal) => ordinal !== action.ordinal);
      // A failing probe shows at once; recovering takes a step of the cluster.
      const pod = findPod(next, action.ordinal);
      if (action.isNeverReady && pod?.phase === 'ready') {
        pod.phase = 'notReady';
        pod.isAvailable = false;
      }
      data.pod = podName(spec, action.ordinal);
      messageId = action.isNeverReady
        ? 'actionMarkNeverReady'
        : 'actionClearNeverReady';
      break;
    }
    case 'deletePod': {
      const pod = findPod(next, action.ordinal);
      if (!pod || pod.phase === 'terminating') return {simulation, events: []};
      pod.phase = 'terminating';
      pod.terminationCause = 'manual';
      data.pod = pod.name;
      messageId = 'actionDeletePod';
      break;
    }
    case 'deleteStatefulSet':
      next.isSetDeleted = true;
      data.policy = spec.whenDeleted;
      messageId = 'actionDeleteStatefulSet';
      break;
  }

  const pod = typeof data.pod === 'string' ? data.pod : undefined;
  return {
    simulation: next,
    events: [{kind: 'action', messageId, pod, data}],
  };
}

/**
 * One observable step: the controller acts if it can, otherwise the cluster
 * moves on (Pods start, become Ready, finish terminating). When neither
 * happens the StatefulSet has settled, or is stuck waiting for a Pod that
 * will never be Ready; the one event then says which, and why.
 */
export function step(simulation: Simulation): StepResult {
  const next = structuredClone(simulation);

  const {events, wait} = syncController(next);
  if (events.length > 0) return progress(next, events);

  const moved = advanceCluster(next);
  if (moved.length > 0) return progress(next, moved);

  // `next`, not `simulation`: a finished rollout moved currentRevision on.
  if (wait) {
    return {simulation: next, events: stuckEvents(next, wait), status: 'stuck'};
  }
  return {simulation: next, events: [settledEvent(next)], status: 'settled'};
}

/** The steps until the StatefulSet settles or gets stuck, the last included. */
export function runToEnd(
  simulation: Simulation,
  maxSteps = 500,
): {simulation: Simulation; steps: StepResult[]} {
  const steps: StepResult[] = [];
  let current = simulation;
  for (let count = 0; count < maxSteps; count++) {
    const result = step(current);
    steps.push(result);
    current = result.simulation;
    if (result.status !== 'progress') break;
  }
  return {simulation: current, steps};
}

function progress(simulation: Simulation, events: SimEvent[]): StepResult {
  simulation.stepCount++;
  return {simulation, events, status: 'progress'};
}

/**
 * The controller waits for a Pod that will not become Ready. A broken
 * template needs more than a rollback: the concepts page's "forced rollback"
 * (the controller keeps waiting for the broken Pod, so it must be deleted).
 */
function stuckEvents(simulation: Simulation, wait: Wait): SimEvent[] {
  const events: SimEvent[] = [
    {kind: 'stuck', messageId: wait.messageId, pod: wait.pod, data: wait.data},
  ];
  const pod = simulation.pods.find((item) => item.name === wait.pod);
  if (!pod || canBecomeReady(simulation, pod)) return events;

  const data = {
    pod: pod.name,
    revision: pod.revision,
    good: simulation.currentRevision,
  };
  let messageId = 'hintClearMark';
  if (!simulation.neverReady.includes(pod.ordinal)) {
    const isRolledBack = simulation.updateRevision !== pod.revision;
    messageId = isRolledBack ? 'hintDeleteBroken' : 'hintForcedRollback';
  }
  events.push({kind: 'stuck', messageId, pod: pod.name, data});
  return events;
}

function settledEvent(simulation: Simulation): SimEvent {
  const {spec} = simulation;
  if (simulation.isSetDeleted) {
    const kept = simulation.claims.filter((claim) => claim.state === 'kept');
    return {
      kind: 'settled',
      messageId: kept.length > 0 ? 'settledSetDeletedKept' : 'settledSetDeleted',
      data: {claims: kept.map((claim) => claim.name)},
    };
  }

  const notReady = simulation.pods.filter((pod) => pod.phase !== 'ready');
  if (notReady.length > 0) {
    return {
      kind: 'settled',
      messageId: 'settledNotReady',
      data: {pods: notReady.map((pod) => pod.name)},
    };
  }

  const outdated = simulation.pods.filter(
    (pod) => pod.revision !== simulation.updateRevision,
  );
  const names = (pods: typeof outdated) => pods.map((pod) => pod.name);
  if (outdated.length > 0) {
    const updated = simulation.pods.filter(
      (pod) => pod.revision === simulation.updateRevision,
    );
    return {
      kind: 'settled',
      messageId:
        spec.updateStrategy === 'OnDelete' ? 'settledOnDelete' : 'settledPartition',
      data: {
        partition: spec.partition,
        revision: simulation.updateRevision,
        updated: names(updated),
        outdated: names(outdated),
      },
    };
  }
  return {
    kind: 'settled',
    messageId: spec.replicas === 0 ? 'settledEmpty' : 'settled',
    data: {replicas: spec.replicas, revision: simulation.updateRevision},
  };
}
