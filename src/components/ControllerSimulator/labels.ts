import {translate} from '@docusaurus/Translate';
import type {PodPhase, SimClaim} from '@site/src/simulator';

export function phaseLabel(phase: PodPhase): string {
  switch (phase) {
    case 'pending':
      return translate({
        id: 'simulator.phase.pending',
        message: 'Pending',
        description: 'A simulated Pod that was created and has not started yet',
      });
    case 'notReady':
      return translate({
        id: 'simulator.phase.notReady',
        message: 'Running，未 Ready',
        description: 'A simulated Pod that runs but fails its readiness probe',
      });
    case 'ready':
      return translate({
        id: 'simulator.phase.ready',
        message: 'Running，Ready',
        description: 'A simulated Pod that is Running and Ready',
      });
    case 'terminating':
      return translate({
        id: 'simulator.phase.terminating',
        message: 'Terminating',
        description: 'A simulated Pod that is shutting down',
      });
  }
}

export function claimStateLabel(state: SimClaim['state']): string {
  switch (state) {
    case 'bound':
      return translate({
        id: 'simulator.claim.bound',
        message: '使用中',
        description: 'A simulated PVC mounted by its Pod',
      });
    case 'kept':
      return translate({
        id: 'simulator.claim.kept',
        message: '保留，沒有 Pod 使用',
        description: 'A simulated PVC that exists while no Pod uses it',
      });
    case 'deleted':
      return translate({
        id: 'simulator.claim.deleted',
        message: '已刪除',
        description: 'A simulated PVC that was deleted, with its data',
      });
  }
}

export function revisionLabel(revision: number): string {
  return translate(
    {
      id: 'simulator.revision',
      message: '第 {revision} 版',
      description: 'The Pod template revision a simulated Pod was made from',
    },
    {revision},
  );
}
