/**
 * Every exercise, in the order of the onboarding track, which puts each one
 * after the chapter it practises (its `chapter`): keep this list in chapter
 * order, so the sidebar, the "next exercise" link and the track agree.
 * Adding one: write `<id>.ts` next to this file and list it here.
 */
import type {Exercise} from './types';
import {exercise as redisPersistentStorage} from './redis-persistent-storage';
import {exercise as headlessService} from './headless-service';
import {exercise as selectorMismatch} from './selector-mismatch';
import {exercise as parallelStart} from './parallel-start';
import {exercise as canaryPartition} from './canary-partition';
import {exercise as scaleDownKeepData} from './scale-down-keep-data';
import {exercise as scaleDownDeleteClaims} from './scale-down-delete-claims';
import {exercise as accessModes} from './access-modes';
import {exercise as storageClassPending} from './storage-class-pending';
import {exercise as resizeStorage} from './resize-storage';
import {exercise as antiAffinity} from './anti-affinity';

export type {Exercise, Goal, Localized} from './types';

export const EXERCISES: ReadonlyArray<Exercise> = [
  redisPersistentStorage,
  accessModes,
  storageClassPending,
  antiAffinity,
  headlessService,
  selectorMismatch,
  parallelStart,
  canaryPartition,
  scaleDownKeepData,
  scaleDownDeleteClaims,
  resizeStorage,
];

export function exerciseById(id: string): Exercise | undefined {
  return EXERCISES.find((exercise) => exercise.id === id);
}
