import type {ManifestObject} from '../types';
import type {FieldPath} from '../yaml/locate';
import {asLabels, getIn} from './objects';

// Where each workload kind keeps the labels of the Pods it creates: what
// PodDisruptionBudgets, Services and affinity terms select on.
const POD_LABELS: Record<string, FieldPath> = {
  StatefulSet: ['spec', 'template', 'metadata', 'labels'],
  Deployment: ['spec', 'template', 'metadata', 'labels'],
  ReplicaSet: ['spec', 'template', 'metadata', 'labels'],
  DaemonSet: ['spec', 'template', 'metadata', 'labels'],
  ReplicationController: ['spec', 'template', 'metadata', 'labels'],
  Job: ['spec', 'template', 'metadata', 'labels'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'metadata', 'labels'],
  Pod: ['metadata', 'labels'],
};

/** The labels of the Pods `object` creates; undefined for kinds that create none. */
export function podLabelsOf(object: ManifestObject): Record<string, string> | undefined {
  const path = POD_LABELS[object.kind];
  return path ? asLabels(getIn(object.value, path)) : undefined;
}

/** The labels of a StatefulSet's Pod template. */
export function templateLabelsOf(object: ManifestObject): Record<string, string> {
  return asLabels(getIn(object.value, ['spec', 'template', 'metadata', 'labels']));
}
