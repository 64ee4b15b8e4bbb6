import type {ManifestObject} from '../checker/types';
import {asArray, getIn, isRecord} from '../checker/k8s/objects';
import type {RetentionPolicy, SimSpec, SpecNote} from './types';

/** More Pods than this would not fit a reader's screen; larger counts are cut. */
export const MAX_REPLICAS = 12;

/** The StatefulSets among the checker's objects, in text order. */
export function findStatefulSets(
  objects: ReadonlyArray<ManifestObject>,
): ManifestObject[] {
  return objects.filter(
    (object) => object.kind === 'StatefulSet' && object.apiVersion === 'apps/v1',
  );
}

/**
 * The settings the StatefulSet controller acts on, with the defaults of
 * pkg/apis/apps/v1/defaults.go, plus notes where the simulation departs from
 * the text. Values of the wrong type fall back to the default: the checker
 * reports them, and the simulator is only shown for manifests without errors.
 */
export function readStatefulSet(object: ManifestObject): {
  spec: SimSpec;
  notes: SpecNote[];
} {
  const notes: SpecNote[] = [];
  const spec = isRecord(object.value.spec) ? object.value.spec : {};
  const strategy = isRecord(spec.updateStrategy) ? spec.updateStrategy : {};
  const rollingUpdate = isRecord(strategy.rollingUpdate)
    ? strategy.rollingUpdate
    : {};
  const retention = isRecord(spec.persistentVolumeClaimRetentionPolicy)
    ? spec.persistentVolumeClaimRetentionPolicy
    : {};

  let replicas = count(spec.replicas, 1);
  if (replicas > MAX_REPLICAS) {
    notes.push({messageId: 'replicasCapped', data: {replicas, max: MAX_REPLICAS}});
    replicas = MAX_REPLICAS;
  }
  const updateStrategy =
    strategy.type === 'OnDelete' ? 'OnDelete' : 'RollingUpdate';
  const partition =
    updateStrategy === 'RollingUpdate' ? count(rollingUpdate.partition, 0) : 0;
  const ordinalStart = count(getIn(spec, ['ordinals', 'start']), 0);

  const result: SimSpec = {
    name: object.name ?? 'web',
    replicas,
    ordinalStart,
    podManagementPolicy:
      spec.podManagementPolicy === 'Parallel' ? 'Parallel' : 'OrderedReady',
    updateStrategy,
    partition,
    minReadySeconds: count(spec.minReadySeconds, 0),
    whenScaled: retentionOf(retention.whenScaled),
    whenDeleted: retentionOf(retention.whenDeleted),
    claimTemplates: asArray(spec.volumeClaimTemplates).flatMap((template) => {
      const name = getIn(template, ['metadata', 'name']);
      return typeof name === 'string' && name !== '' ? [name] : [];
    }),
  };

  const hasMaxUnavailable = rollingUpdate.maxUnavailable !== undefined;
  if (hasMaxUnavailable && updateStrategy === 'RollingUpdate') {
    notes.push({
      messageId: 'maxUnavailableIgnored',
      data: {value: String(rollingUpdate.maxUnavailable)},
    });
  }
  notes.push(...partitionNotes(result));
  return {spec: result, notes};
}

/** What the reader of a partition most often gets wrong, said up front. */
export function partitionNotes(spec: SimSpec): SpecNote[] {
  if (spec.updateStrategy !== 'RollingUpdate' || spec.partition === 0) return [];
  if (spec.partition >= spec.replicas) {
    return [
      {
        messageId: 'partitionCoversAll',
        data: {partition: spec.partition, replicas: spec.replicas},
      },
    ];
  }
  if (spec.ordinalStart === 0) return [];
  return [
    {
      messageId: 'partitionFromStart',
      data: {
        partition: spec.partition,
        start: spec.ordinalStart,
        first: podName(spec, spec.ordinalStart + spec.partition),
      },
    },
  ];
}

export function podName(spec: SimSpec, ordinal: number): string {
  return `${spec.name}-${ordinal}`;
}

export function claimName(
  spec: SimSpec,
  template: string,
  ordinal: number,
): string {
  return `${template}-${spec.name}-${ordinal}`;
}

/** A whole number ≥ 0, or `fallback`. */
function count(value: unknown, fallback: number): number {
  return Number.isInteger(value) && (value as number) >= 0
    ? (value as number)
    : fallback;
}

function retentionOf(value: unknown): RetentionPolicy {
  return value === 'Delete' ? 'Delete' : 'Retain';
}
