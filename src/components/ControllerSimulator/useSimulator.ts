import {useReducer} from 'react';
import {
  applyAction,
  createSimulation,
  runToEnd,
  step,
  type PodManagementPolicy,
  type SimAction,
  type SimEvent,
  type SimSpec,
  type Simulation,
  type StepResult,
} from '@site/src/simulator';

/** One line of the log: an event and its step (none for actions). */
export interface LogEntry {
  id: number;
  step?: number;
  event: SimEvent;
}

export type StartFrom = 'running' | 'empty';

export interface SimulatorState {
  /** The spec as the YAML has it; `policy` may differ from it. */
  base: SimSpec;
  policy: PodManagementPolicy;
  from: StartFrom;
  simulation: Simulation;
  log: LogEntry[];
  /** `idle`: the last thing was an action or a reset, the next step is unknown. */
  status: StepResult['status'] | 'idle';
  nextId: number;
}

type Command =
  | {type: 'reset'; base?: SimSpec; policy?: PodManagementPolicy; from?: StartFrom}
  | {type: 'act'; action: SimAction}
  | {type: 'step'}
  | {type: 'run'};

// The log keeps the latest entries only: a long session must not grow the
// page (or the screen reader's buffer) without end.
const MAX_LOG = 300;

function initial(
  base: SimSpec,
  policy: PodManagementPolicy = base.podManagementPolicy,
  from: StartFrom = 'running',
): SimulatorState {
  const simulation = createSimulation(
    {...base, podManagementPolicy: policy},
    {from},
  );
  const log: LogEntry[] =
    policy === base.podManagementPolicy
      ? []
      : [
          {
            id: 0,
            event: {kind: 'action', messageId: 'policySwitched', data: {policy}},
          },
        ];
  return {base, policy, from, simulation, log, status: 'idle', nextId: log.length};
}

function append(
  state: SimulatorState,
  results: Array<{events: SimEvent[]; step?: number}>,
): Pick<SimulatorState, 'log' | 'nextId'> {
  let {nextId} = state;
  const added: LogEntry[] = [];
  for (const {events, step: stepNumber} of results) {
    for (const event of events) added.push({id: nextId++, step: stepNumber, event});
  }
  return {log: [...state.log, ...added].slice(-MAX_LOG), nextId};
}

function stepOf(result: StepResult): number | undefined {
  return result.status === 'progress' ? result.simulation.stepCount : undefined;
}

/** A finishing event the log already ends with is not repeated. */
function withoutRepeat(state: SimulatorState, result: StepResult): SimEvent[] {
  if (result.status === 'progress') return result.events;
  const last = state.log.at(-1)?.event;
  const isRepeat =
    state.status === result.status &&
    last !== undefined &&
    result.events.at(-1)?.messageId === last.messageId;
  return isRepeat ? [] : result.events;
}

function reduce(state: SimulatorState, command: Command): SimulatorState {
  switch (command.type) {
    case 'reset':
      return initial(
        command.base ?? state.base,
        command.policy ?? (command.base ? undefined : state.policy),
        command.from ?? state.from,
      );
    case 'act': {
      const result = applyAction(state.simulation, command.action);
      if (result.events.length === 0) return state;
      return {
        ...state,
        ...append(state, [{events: result.events}]),
        simulation: result.simulation,
        status: 'idle',
      };
    }
    case 'step': {
      const result = step(state.simulation);
      const events = withoutRepeat(state, result);
      return {
        ...state,
        ...append(state, [{events, step: stepOf(result)}]),
        simulation: result.simulation,
        status: result.status,
      };
    }
    case 'run': {
      const {simulation, steps} = runToEnd(state.simulation);
      const last = steps.at(-1);
      const results = steps.map((result) => ({
        events: result === last ? withoutRepeat(state, result) : result.events,
        step: stepOf(result),
      }));
      return {
        ...state,
        ...append(state, results),
        simulation,
        status: last?.status ?? state.status,
      };
    }
  }
}

/** The simulation of `base` and the commands that move it. */
export function useSimulator(base: SimSpec) {
  return useReducer(reduce, base, (spec) => initial(spec));
}
