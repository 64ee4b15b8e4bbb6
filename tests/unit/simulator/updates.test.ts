import {describe, expect, it} from 'vitest';
import {applyAction} from '../../../src/simulator';
import {manifest, play, podSummary, simulate, trace} from './helpers';

const REPLACE = ['terminating', 'created'] as const;

describe('RollingUpdate', () => {
  it('replaces Pods from the highest ordinal to the lowest, one at a time', () => {
    const {events, simulation, status} = play(simulate(manifest()), {
      type: 'rollingUpdate',
    });

    expect(trace(events, ['terminating', 'terminated', 'created', 'ready'])).toEqual([
      'terminating web-2',
      'terminated web-2',
      'created web-2',
      'ready web-2',
      'terminating web-1',
      'terminated web-1',
      'created web-1',
      'ready web-1',
      'terminating web-0',
      'terminated web-0',
      'created web-0',
      'ready web-0',
    ]);
    expect(events.find((e) => e.kind === 'created')).toMatchObject({
      messageId: 'podRecreatedUpdate',
      data: {revision: 2},
    });
    expect(status).toBe('settled');
    expect(events.at(-1)).toMatchObject({messageId: 'settled', data: {revision: 2}});
    expect(simulation.currentRevision).toBe(2);
  });

  it('keeps each claim through the replacement, without claim events', () => {
    const {events} = play(simulate(manifest()), {type: 'rollingUpdate'});

    expect(events.some((e) => e.kind.startsWith('claim'))).toBe(false);
  });

  it('with partition 2 on 5 replicas updates web-4, web-3 and web-2 only', () => {
    const {events, simulation} = play(
      simulate(manifest('  replicas: 5\n')),
      {type: 'setPartition', partition: 2},
      {type: 'rollingUpdate'},
    );

    expect(trace(events, [...REPLACE])).toEqual([
      'terminating web-4',
      'created web-4',
      'terminating web-3',
      'created web-3',
      'terminating web-2',
      'created web-2',
    ]);
    expect(podSummary(simulation)).toEqual([
      'web-0@1:ready',
      'web-1@1:ready',
      'web-2@2:ready',
      'web-3@2:ready',
      'web-4@2:ready',
    ]);
    expect(events.at(-1)).toMatchObject({
      messageId: 'settledPartition',
      data: {partition: 2, updated: ['web-2', 'web-3', 'web-4'], outdated: ['web-0', 'web-1']},
    });
    expect(simulation.currentRevision).toBe(1);
  });

  it('reads the partition from the YAML, and lowering it later goes on with web-1 and web-0', () => {
    const yaml = manifest(
      '  replicas: 5\n  updateStrategy:\n    type: RollingUpdate\n    rollingUpdate:\n      partition: 2\n',
    );
    const staged = play(simulate(yaml), {type: 'rollingUpdate'});
    const rest = play(staged.simulation, {type: 'setPartition', partition: 0});

    expect(trace(rest.events, ['terminating'])).toEqual([
      'terminating web-1',
      'terminating web-0',
    ]);
    expect(rest.simulation.currentRevision).toBe(2);
  });

  it('recreates a deleted Pod below the partition from the old revision', () => {
    const staged = play(
      simulate(manifest('  replicas: 5\n')),
      {type: 'setPartition', partition: 2},
      {type: 'rollingUpdate'},
    );
    const {events} = play(staged.simulation, {type: 'deletePod', ordinal: 0});

    expect(events.find((e) => e.kind === 'created')).toMatchObject({
      pod: 'web-0',
      messageId: 'podRecreatedManual',
      data: {revision: 1},
    });
  });

  it('counts the partition from ordinals.start, as the controller does', () => {
    const {events} = play(
      simulate(manifest('  replicas: 5\n  ordinals:\n    start: 5\n')),
      {type: 'setPartition', partition: 2},
      {type: 'rollingUpdate'},
    );

    expect(trace(events, ['terminating'])).toEqual([
      'terminating web-9',
      'terminating web-8',
      'terminating web-7',
    ]);
  });

  it('waits minReadySeconds after each updated Pod is Ready', () => {
    const {events} = play(simulate(manifest('  replicas: 2\n  minReadySeconds: 30\n')), {
      type: 'rollingUpdate',
    });

    expect(trace(events, ['terminating', 'ready', 'available'])).toEqual([
      'terminating web-1',
      'ready web-1',
      'available web-1',
      'terminating web-0',
      'ready web-0',
      'available web-0',
    ]);
  });

  it('with Parallel still replaces one Pod at a time', () => {
    const {events} = play(
      simulate(manifest('  replicas: 3\n  podManagementPolicy: Parallel\n')),
      {type: 'rollingUpdate'},
    );

    expect(trace(events, [...REPLACE])).toEqual([
      'terminating web-2',
      'created web-2',
      'terminating web-1',
      'created web-1',
      'terminating web-0',
      'created web-0',
    ]);
  });
});

describe('a Pod that never becomes Ready', () => {
  it('blocks an OrderedReady rolling update at that Pod', () => {
    const {events, status, simulation} = play(
      simulate(manifest('  replicas: 5\n')),
      {type: 'setNeverReady', ordinal: 3, isNeverReady: true},
    );
    // Marked before the update: web-3 is already unhealthy, nothing starts.
    expect(status).toBe('stuck');
    expect(events.find((e) => e.kind === 'stuck')).toMatchObject({
      messageId: 'stuckIdle',
      pod: 'web-3',
    });

    const update = play(simulation, {type: 'rollingUpdate'});
    expect(trace(update.events, [...REPLACE])).toEqual([]);
    expect(update.events.find((e) => e.kind === 'stuck')).toMatchObject({
      messageId: 'stuckUpdate',
      data: {pod: 'web-3', next: 'web-4'},
    });
  });

  it('stops a rollout whose new revision is broken, and rolling back alone does not help', () => {
    const broken = play(simulate(manifest('  replicas: 5\n')), {
      type: 'rollingUpdate',
      isBroken: true,
    });

    // 1. web-4 is replaced, never becomes Ready, and web-3 is left alone.
    expect(trace(broken.events, [...REPLACE, 'notReady'])).toEqual([
      'terminating web-4',
      'created web-4',
      'notReady web-4',
    ]);
    expect(broken.status).toBe('stuck');
    expect(broken.events.slice(-2).map((e) => e.messageId)).toEqual([
      'stuckUpdate',
      'hintForcedRollback',
    ]);

    // 2. Rolling the template back: still stuck on web-4.
    const rolledBack = play(broken.simulation, {type: 'rollBack'});
    expect(trace(rolledBack.events, [...REPLACE])).toEqual([]);
    expect(rolledBack.status).toBe('stuck');
    expect(rolledBack.events.at(-1)).toMatchObject({
      messageId: 'hintDeleteBroken',
      data: {pod: 'web-4', revision: 2, good: 1},
    });

    // 3. Deleting web-4 as well (the forced rollback): it comes back at 1.
    const forced = play(rolledBack.simulation, {type: 'deletePod', ordinal: 4});
    expect(forced.status).toBe('settled');
    expect(podSummary(forced.simulation).at(-1)).toBe('web-4@1:ready');
    expect(forced.events.at(-1)).toMatchObject({messageId: 'settled', data: {revision: 1}});
  });

  it('with Parallel, rolling back a broken revision replaces the broken Pod by itself', () => {
    const broken = play(
      simulate(manifest('  replicas: 3\n  podManagementPolicy: Parallel\n')),
      {type: 'rollingUpdate', isBroken: true},
    );
    const rolledBack = play(broken.simulation, {type: 'rollBack'});

    expect(trace(rolledBack.events, [...REPLACE])).toEqual([
      'terminating web-2',
      'created web-2',
    ]);
    expect(rolledBack.status).toBe('settled');
  });

  it('recovers once the mark is cleared', () => {
    const stuck = play(simulate(manifest()), {
      type: 'setNeverReady',
      ordinal: 1,
      isNeverReady: true,
    });
    const {events, status} = play(stuck.simulation, {
      type: 'setNeverReady',
      ordinal: 1,
      isNeverReady: false,
    });

    expect(trace(events, ['ready'])).toEqual(['ready web-1']);
    expect(events.find((e) => e.kind === 'ready')?.messageId).toBe('podRecovered');
    expect(status).toBe('settled');
  });
});

describe('OnDelete', () => {
  const onDelete = manifest('  replicas: 3\n  updateStrategy:\n    type: OnDelete\n');

  it('updates no Pod on a template change', () => {
    const {events, simulation} = play(simulate(onDelete), {type: 'rollingUpdate'});

    expect(events[0]).toMatchObject({messageId: 'actionUpdateOnDelete'});
    expect(trace(events, [...REPLACE])).toEqual([]);
    expect(events.at(-1)).toMatchObject({
      messageId: 'settledOnDelete',
      data: {outdated: ['web-0', 'web-1', 'web-2'], updated: []},
    });
    expect(podSummary(simulation).every((pod) => pod.includes('@1:'))).toBe(true);
  });

  it('recreates a Pod deleted by hand from the new template', () => {
    const updated = play(simulate(onDelete), {type: 'rollingUpdate'});
    const {events, simulation} = play(updated.simulation, {type: 'deletePod', ordinal: 1});

    expect(trace(events, ['action', ...REPLACE])).toEqual([
      'action web-1',
      'created web-1',
    ]);
    expect(podSummary(simulation)).toEqual([
      'web-0@1:ready',
      'web-1@2:ready',
      'web-2@1:ready',
    ]);
  });
});

describe('actions', () => {
  it('ignore what makes no sense now, returning the same simulation', () => {
    const simulation = simulate(manifest());

    expect(applyAction(simulation, {type: 'scale', replicas: 3}).events).toEqual([]);
    expect(applyAction(simulation, {type: 'deletePod', ordinal: 9}).events).toEqual([]);
    expect(applyAction(simulation, {type: 'rollBack'}).events).toEqual([]);
    const gone = applyAction(simulation, {type: 'deleteStatefulSet'}).simulation;
    expect(applyAction(gone, {type: 'scale', replicas: 1}).simulation).toBe(gone);
  });

  it('do not change the simulation they are given', () => {
    const simulation = simulate(manifest());
    const before = structuredClone(simulation);

    applyAction(simulation, {type: 'scale', replicas: 5});
    play(simulation, {type: 'rollingUpdate'});

    expect(simulation).toEqual(before);
  });
});
