import {check} from '../../../src/checker';
import {
  applyAction,
  createSimulation,
  findStatefulSets,
  readStatefulSet,
  runToEnd,
  type CreateOptions,
  type SimAction,
  type SimEvent,
  type Simulation,
} from '../../../src/simulator';

export {applyAction, runToEnd};

/**
 * A StatefulSet `web` with one claim template `www`; `spec` lines are added
 * under `spec:` (indented two spaces).
 */
export function manifest(spec = '  replicas: 3\n'): string {
  return (
    'apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n' +
    '  serviceName: web\n' +
    spec +
    '  selector:\n    matchLabels: {app: web}\n' +
    '  template:\n    metadata:\n      labels: {app: web}\n    spec:\n' +
    '      containers:\n      - name: web\n        image: nginx:1.27\n' +
    '  volumeClaimTemplates:\n  - metadata:\n      name: www\n    spec:\n' +
    '      accessModes: [ReadWriteOnce]\n' +
    '      resources:\n        requests:\n          storage: 1Gi\n'
  );
}

/** The simulation of the first StatefulSet in `yaml`, read as the page reads it. */
export function simulate(yaml: string, options?: CreateOptions): Simulation {
  const [object] = findStatefulSets(check(yaml, {locale: 'en'}).objects);
  if (!object) throw new Error('the YAML has no StatefulSet');
  return createSimulation(readStatefulSet(object).spec, options);
}

/** Applies `actions` in turn, then plays to the end; every event, in order. */
export function play(
  simulation: Simulation,
  ...actions: SimAction[]
): {simulation: Simulation; events: SimEvent[]; status: string} {
  let current = simulation;
  const events: SimEvent[] = [];
  for (const action of actions) {
    const applied = applyAction(current, action);
    current = applied.simulation;
    events.push(...applied.events);
  }
  const run = runToEnd(current);
  for (const result of run.steps) events.push(...result.events);
  const status = run.steps.at(-1)?.status ?? 'progress';
  return {simulation: run.simulation, events, status};
}

/** `kind pod` for each event of the given kinds, for compact assertions. */
export function trace(events: SimEvent[], kinds: SimEvent['kind'][]): string[] {
  return events
    .filter((event) => kinds.includes(event.kind))
    .map((event) => `${event.kind} ${event.claim ?? event.pod ?? ''}`.trim());
}

export function claimStates(simulation: Simulation): Record<string, string> {
  return Object.fromEntries(
    simulation.claims.map((claim) => [claim.name, claim.state]),
  );
}

export function podSummary(simulation: Simulation): string[] {
  return simulation.pods.map((pod) => `${pod.name}@${pod.revision}:${pod.phase}`);
}
