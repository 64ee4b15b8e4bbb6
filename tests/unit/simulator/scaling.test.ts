import {describe, expect, it} from 'vitest';
import {applyAction, step} from '../../../src/simulator';
import {claimStates, manifest, play, podSummary, simulate, trace} from './helpers';

const POD_KINDS = ['created', 'ready', 'terminating', 'terminated'] as const;

describe('OrderedReady scaling', () => {
  it('creates 0..N-1 one at a time from nothing, each after the one before is Ready', () => {
    const {events, status} = play(simulate(manifest(), {from: 'empty'}));

    expect(trace(events, [...POD_KINDS])).toEqual([
      'created web-0',
      'ready web-0',
      'created web-1',
      'ready web-1',
      'created web-2',
      'ready web-2',
    ]);
    expect(events.filter((e) => e.kind === 'created').map((e) => e.messageId)).toEqual([
      'podCreatedFirst',
      'podCreatedOrdered',
      'podCreatedOrdered',
    ]);
    expect(status).toBe('settled');
    expect(events.at(-1)).toMatchObject({kind: 'settled', messageId: 'settled'});
  });

  it('scales 3 to 5 by creating web-3, then web-4, with new claims', () => {
    const {events, simulation} = play(simulate(manifest()), {type: 'scale', replicas: 5});

    expect(trace(events, [...POD_KINDS, 'claimCreated'])).toEqual([
      'created web-3',
      'claimCreated www-web-3',
      'ready web-3',
      'created web-4',
      'claimCreated www-web-4',
      'ready web-4',
    ]);
    expect(events[0]).toMatchObject({kind: 'action', messageId: 'actionScaleUp'});
    expect(podSummary(simulation)).toHaveLength(5);
  });

  it('scales 5 to 3 by removing web-4, then web-3, and keeps their claims under Retain', () => {
    const {events, simulation} = play(
      simulate(manifest('  replicas: 5\n')),
      {type: 'scale', replicas: 3},
    );

    expect(trace(events, [...POD_KINDS, 'claimKept', 'claimDeleted'])).toEqual([
      'terminating web-4',
      'terminated web-4',
      'claimKept www-web-4',
      'terminating web-3',
      'terminated web-3',
      'claimKept www-web-3',
    ]);
    expect(
      events.filter((e) => e.kind === 'terminating').map((e) => e.messageId),
    ).toEqual(['podTerminatingScaleDown', 'podTerminatingScaleDown']);
    expect(claimStates(simulation)).toEqual({
      'www-web-0': 'bound',
      'www-web-1': 'bound',
      'www-web-2': 'bound',
      'www-web-3': 'kept',
      'www-web-4': 'kept',
    });
  });

  it('waits for each Pod to finish terminating before the next goes', () => {
    const scaled = applyAction(simulate(manifest('  replicas: 5\n')), {
      type: 'scale',
      replicas: 3,
    });
    const first = step(scaled.simulation);
    const second = step(first.simulation);
    const third = step(second.simulation);

    expect(podSummary(first.simulation).slice(3)).toEqual([
      'web-3@1:ready',
      'web-4@1:terminating',
    ]);
    expect(podSummary(second.simulation).slice(3)).toEqual(['web-3@1:ready']);
    expect(podSummary(third.simulation).slice(3)).toEqual(['web-3@1:terminating']);
  });

  it('gives the kept claims back on a later scale-up', () => {
    const down = play(simulate(manifest('  replicas: 5\n')), {type: 'scale', replicas: 3});
    const up = play(down.simulation, {type: 'scale', replicas: 5});

    expect(trace(up.events, ['created', 'claimReattached', 'claimCreated'])).toEqual([
      'created web-3',
      'claimReattached www-web-3',
      'created web-4',
      'claimReattached www-web-4',
    ]);
    expect(Object.values(claimStates(up.simulation))).toEqual(
      Array(5).fill('bound'),
    );
  });

  it('deletes the claims of removed Pods, after they are gone, under whenScaled Delete', () => {
    const yaml = manifest(
      '  replicas: 5\n  persistentVolumeClaimRetentionPolicy:\n    whenScaled: Delete\n',
    );
    const down = play(simulate(yaml), {type: 'scale', replicas: 3});

    expect(trace(down.events, ['terminated', 'claimDeleted', 'claimKept'])).toEqual([
      'terminated web-4',
      'claimDeleted www-web-4',
      'terminated web-3',
      'claimDeleted www-web-3',
    ]);
    expect(
      down.events.filter((e) => e.kind === 'claimDeleted').map((e) => e.messageId),
    ).toEqual(['claimDeletedScaleDown', 'claimDeletedScaleDown']);

    // Scaling up again makes new, empty claims.
    const up = play(down.simulation, {type: 'scale', replicas: 4});
    expect(up.events.find((e) => e.kind === 'claimCreated')).toMatchObject({
      claim: 'www-web-3',
      messageId: 'claimCreatedAgain',
    });
  });

  it('does not scale down while a Pod that stays is not Ready', () => {
    const {events, status, simulation} = play(
      simulate(manifest('  replicas: 5\n')),
      {type: 'setNeverReady', ordinal: 1, isNeverReady: true},
      {type: 'scale', replicas: 3},
    );

    expect(trace(events, [...POD_KINDS, 'notReady'])).toEqual([]);
    expect(status).toBe('stuck');
    expect(events.at(-2)).toMatchObject({
      kind: 'stuck',
      messageId: 'stuckScaleDown',
      data: {pod: 'web-1', next: 'web-4'},
    });
    expect(events.at(-1)).toMatchObject({messageId: 'hintClearMark'});
    expect(simulation.pods).toHaveLength(5);
  });

  it('blocks creation behind a Pod that never becomes Ready', () => {
    const {events, status} = play(
      simulate(manifest()),
      {type: 'setNeverReady', ordinal: 3, isNeverReady: true},
      {type: 'scale', replicas: 5},
    );

    expect(trace(events, [...POD_KINDS, 'notReady'])).toEqual([
      'created web-3',
      'notReady web-3',
    ]);
    expect(status).toBe('stuck');
    expect(events.find((e) => e.kind === 'stuck')).toMatchObject({
      messageId: 'stuckCreate',
      data: {pod: 'web-3', next: 'web-4'},
    });
  });

  it('waits minReadySeconds after Ready before creating the next Pod', () => {
    const {events} = play(simulate(manifest('  replicas: 1\n  minReadySeconds: 10\n')), {
      type: 'scale',
      replicas: 3,
    });

    expect(trace(events, ['created', 'ready', 'available'])).toEqual([
      'created web-1',
      'ready web-1',
      'available web-1',
      'created web-2',
      'ready web-2',
      'available web-2',
    ]);
    expect(events.find((e) => e.kind === 'available')?.data.seconds).toBe(10);
  });
});

describe('Parallel scaling', () => {
  const parallel = (replicas: number) =>
    manifest(`  replicas: ${replicas}\n  podManagementPolicy: Parallel\n`);

  it('creates every missing Pod in one step, without waiting', () => {
    const {events} = play(simulate(parallel(2)), {type: 'scale', replicas: 5});
    const first = step(simulate(parallel(5), {from: 'empty'}));

    expect(trace(first.events, ['created'])).toEqual([
      'created web-0',
      'created web-1',
      'created web-2',
      'created web-3',
      'created web-4',
    ]);
    expect(first.events.find((e) => e.kind === 'created')?.messageId).toBe(
      'podCreatedParallel',
    );
    expect(trace(events, ['created', 'ready'])).toEqual([
      'created web-2',
      'created web-3',
      'created web-4',
      'ready web-2',
      'ready web-3',
      'ready web-4',
    ]);
  });

  it('terminates every Pod above the range at once', () => {
    const {events} = play(simulate(parallel(5)), {type: 'scale', replicas: 2});

    expect(trace(events, ['terminating', 'terminated'])).toEqual([
      'terminating web-4',
      'terminating web-3',
      'terminating web-2',
      'terminated web-2',
      'terminated web-3',
      'terminated web-4',
    ]);
  });

  it('is not held back by a Pod that never becomes Ready', () => {
    const {events, status} = play(
      simulate(parallel(3)),
      {type: 'setNeverReady', ordinal: 3, isNeverReady: true},
      {type: 'scale', replicas: 5},
    );

    expect(trace(events, ['created'])).toEqual(['created web-3', 'created web-4']);
    expect(status).toBe('settled');
    expect(events.at(-1)).toMatchObject({
      messageId: 'settledNotReady',
      data: {pods: ['web-3']},
    });
  });
});

describe('ordinals.start', () => {
  it('names Pods and claims from the start ordinal', () => {
    const {events, simulation} = play(
      simulate(manifest('  replicas: 2\n  ordinals:\n    start: 5\n'), {from: 'empty'}),
      {type: 'scale', replicas: 3},
    );

    expect(trace(events, ['created'])).toEqual([
      'created web-5',
      'created web-6',
      'created web-7',
    ]);
    expect(Object.keys(claimStates(simulation))).toEqual([
      'www-web-5',
      'www-web-6',
      'www-web-7',
    ]);
  });

  it('scales down from the highest ordinal', () => {
    const {events} = play(
      simulate(manifest('  replicas: 3\n  ordinals:\n    start: 5\n')),
      {type: 'scale', replicas: 1},
    );

    expect(trace(events, ['terminating'])).toEqual([
      'terminating web-7',
      'terminating web-6',
    ]);
  });
});

describe('deleting the StatefulSet', () => {
  it('terminates all Pods at once and keeps the claims under whenDeleted Retain', () => {
    const {events, simulation} = play(simulate(manifest()), {
      type: 'deleteStatefulSet',
    });

    expect(trace(events, ['terminating'])).toEqual([
      'terminating web-0',
      'terminating web-1',
      'terminating web-2',
    ]);
    expect(events.filter((e) => e.kind === 'claimKept')).toHaveLength(3);
    expect(events.at(-1)).toMatchObject({messageId: 'settledSetDeletedKept'});
    expect(simulation.pods).toEqual([]);
  });

  it('deletes every claim, earlier scale-downs included, under whenDeleted Delete', () => {
    const yaml = manifest(
      '  replicas: 3\n  persistentVolumeClaimRetentionPolicy:\n    whenDeleted: Delete\n',
    );
    const down = play(simulate(yaml), {type: 'scale', replicas: 2});
    const gone = play(down.simulation, {type: 'deleteStatefulSet'});

    expect(Object.values(claimStates(gone.simulation))).toEqual(
      Array(3).fill('deleted'),
    );
    expect(gone.events.at(-1)).toMatchObject({messageId: 'settledSetDeleted'});
  });
});
