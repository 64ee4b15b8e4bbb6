import {describe, expect, it} from 'vitest';
import {check} from '../../../src/checker';
import {findStatefulSets, readStatefulSet} from '../../../src/simulator';
import {manifest} from './helpers';

function specOf(yaml: string) {
  const [object] = findStatefulSets(check(yaml).objects);
  return readStatefulSet(object!);
}

describe('readStatefulSet', () => {
  it('applies the API defaults to what the YAML leaves out', () => {
    const {spec, notes} = specOf(manifest(''));

    expect(spec).toEqual({
      name: 'web',
      replicas: 1,
      ordinalStart: 0,
      podManagementPolicy: 'OrderedReady',
      updateStrategy: 'RollingUpdate',
      partition: 0,
      minReadySeconds: 0,
      whenScaled: 'Retain',
      whenDeleted: 'Retain',
      claimTemplates: ['www'],
    });
    expect(notes).toEqual([]);
  });

  it('reads every setting the controller acts on', () => {
    const {spec} = specOf(
      manifest(
        [
          '  replicas: 4',
          '  podManagementPolicy: Parallel',
          '  minReadySeconds: 10',
          '  ordinals:',
          '    start: 2',
          '  updateStrategy:',
          '    type: RollingUpdate',
          '    rollingUpdate:',
          '      partition: 1',
          '  persistentVolumeClaimRetentionPolicy:',
          '    whenScaled: Delete',
          '    whenDeleted: Delete',
          '',
        ].join('\n'),
      ),
    );

    expect(spec).toMatchObject({
      replicas: 4,
      podManagementPolicy: 'Parallel',
      minReadySeconds: 10,
      ordinalStart: 2,
      partition: 1,
      whenScaled: 'Delete',
      whenDeleted: 'Delete',
    });
  });

  it('ignores the partition under OnDelete', () => {
    const {spec} = specOf(manifest('  updateStrategy:\n    type: OnDelete\n'));

    expect(spec).toMatchObject({updateStrategy: 'OnDelete', partition: 0});
  });

  it('says when a partition keeps every Pod from updating', () => {
    const {notes} = specOf(
      manifest('  replicas: 2\n  updateStrategy:\n    rollingUpdate:\n      partition: 2\n'),
    );

    expect(notes).toEqual([
      {messageId: 'partitionCoversAll', data: {partition: 2, replicas: 2}},
    ]);
  });

  it('finds only apps/v1 StatefulSets', () => {
    const text = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n---\n' + manifest();

    expect(findStatefulSets(check(text).objects).map((o) => o.kind)).toEqual([
      'StatefulSet',
    ]);
  });
});
