import type {ManifestObject} from '../types';
import type {FieldPath} from '../yaml/locate';
import {objectsOfKind, perText} from './lookup';
import {getIn} from './objects';
import {claimTemplatesOf} from './pod-template';

// Which StorageClass a claim asks for, as the PV controller reads it
// (GetPersistentVolumeClaimClass): the legacy beta annotation wins over
// spec.storageClassName.
// https://kubernetes.io/docs/concepts/storage/persistent-volumes/#class-1
export const BETA_CLASS_ANNOTATION = 'volume.beta.kubernetes.io/storage-class';

const DEFAULT_CLASS_ANNOTATIONS = [
  'storageclass.kubernetes.io/is-default-class',
  'storageclass.beta.kubernetes.io/is-default-class',
];

export interface ClaimClass {
  /** The class name; `""` asks for no class at all. */
  name: string;
  /** Where the name is written, relative to the claim template. */
  path: FieldPath;
}

/** The class a claim template names, if it names one. */
export function claimClassOf(template: Record<string, unknown>): ClaimClass | undefined {
  const annotation = getIn(template, ['metadata', 'annotations', BETA_CLASS_ANNOTATION]);
  if (typeof annotation === 'string') {
    return {name: annotation, path: ['metadata', 'annotations', BETA_CLASS_ANNOTATION]};
  }
  const name = getIn(template, ['spec', 'storageClassName']);
  return typeof name === 'string' ? {name, path: ['spec', 'storageClassName']} : undefined;
}

export interface StorageClassTable {
  /** Names of the StorageClasses the text defines, in order. */
  defined: string[];
  /** Whether one of them is marked as the cluster's default. */
  hasDefault: boolean;
  /** Class names some claim template of the text asks for. */
  referenced: Set<string>;
}

function buildTable(objects: ReadonlyArray<ManifestObject>): StorageClassTable {
  const classes = objectsOfKind(objects, 'StorageClass');
  const referenced = new Set<string>();
  for (const statefulSet of objectsOfKind(objects, 'StatefulSet')) {
    for (const {template} of claimTemplatesOf(statefulSet)) {
      const claimClass = claimClassOf(template);
      if (claimClass) referenced.add(claimClass.name);
    }
  }
  return {
    defined: classes.flatMap((c) => (c.name === undefined ? [] : [c.name])),
    hasDefault: classes.some((c) =>
      DEFAULT_CLASS_ANNOTATIONS.some(
        (key) => getIn(c.value, ['metadata', 'annotations', key]) === 'true',
      ),
    ),
    referenced,
  };
}

/** The StorageClasses of the text and the classes its claim templates use. */
export function storageClassTable(objects: ReadonlyArray<ManifestObject>): StorageClassTable {
  return perText(objects, buildTable);
}
