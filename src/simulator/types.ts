/**
 * The simulator's shapes: plain data, so a React component can keep a
 * simulation in state and a test can compare it with `toEqual`.
 */

export type PodManagementPolicy = 'OrderedReady' | 'Parallel';
export type UpdateStrategyType = 'RollingUpdate' | 'OnDelete';
export type RetentionPolicy = 'Retain' | 'Delete';

/** What the controller reads from a StatefulSet, after the API defaults. */
export interface SimSpec {
  name: string;
  /** `spec.replicas`; 1 when missing. */
  replicas: number;
  /** `spec.ordinals.start`; 0 when missing. */
  ordinalStart: number;
  podManagementPolicy: PodManagementPolicy;
  updateStrategy: UpdateStrategyType;
  /** `rollingUpdate.partition`; 0 when missing or with OnDelete. */
  partition: number;
  /** `spec.minReadySeconds`; 0 when missing. */
  minReadySeconds: number;
  whenScaled: RetentionPolicy;
  whenDeleted: RetentionPolicy;
  /** `metadata.name` of each volume claim template, in order. */
  claimTemplates: string[];
}

/** Something the simulator does differently from what the YAML says, or a caveat. */
export interface SpecNote {
  messageId: string;
  data: Record<string, string | number>;
}

export type PodPhase = 'pending' | 'notReady' | 'ready' | 'terminating';

export interface SimPod {
  ordinal: number;
  name: string;
  /** The template revision the Pod was created from, 1, 2, … */
  revision: number;
  phase: PodPhase;
  /** Ready for at least minReadySeconds (true as soon as Ready when that is 0). */
  isAvailable: boolean;
  /** Why it is terminating, once it is. */
  terminationCause?: TerminationCause;
}

export type TerminationCause = 'scaleDown' | 'update' | 'manual' | 'setDeleted';

export interface SimClaim {
  /** `<template>-<statefulset>-<ordinal>`, as the controller names it. */
  name: string;
  template: string;
  ordinal: number;
  state: 'bound' | 'kept' | 'deleted';
}

/** The whole simulated world: the StatefulSet, its Pods and its claims. */
export interface Simulation {
  spec: SimSpec;
  /** `status.currentRevision`: what Pods below the partition are made from. */
  currentRevision: number;
  /** `status.updateRevision`: the template the spec holds now. */
  updateRevision: number;
  /** Revisions whose Pods never become Ready (a broken template). */
  brokenRevisions: number[];
  /** Ordinals the reader marked as never becoming Ready. */
  neverReady: number[];
  /** Pods by ascending ordinal. */
  pods: SimPod[];
  /** Claims by ascending ordinal, then template order. */
  claims: SimClaim[];
  /** Ordinals deleted for an update or by hand, to be created again. */
  recreating: Array<{ordinal: number; cause: TerminationCause}>;
  isSetDeleted: boolean;
  /** Steps taken since the last reset, for the log's numbering. */
  stepCount: number;
}

export type SimAction =
  | {type: 'scale'; replicas: number}
  /** A new template revision; `isBroken`: its Pods never become Ready. */
  | {type: 'rollingUpdate'; isBroken?: boolean}
  /** Back to the revision before the latest one (`kubectl rollout undo`). */
  | {type: 'rollBack'}
  | {type: 'setPartition'; partition: number}
  | {type: 'setNeverReady'; ordinal: number; isNeverReady: boolean}
  | {type: 'deletePod'; ordinal: number}
  | {type: 'deleteStatefulSet'};

export type EventKind =
  | 'action'
  | 'created'
  | 'ready'
  | 'notReady'
  | 'available'
  | 'terminating'
  | 'terminated'
  | 'claimCreated'
  | 'claimReattached'
  | 'claimKept'
  | 'claimDeleted'
  | 'settled'
  | 'stuck';

/**
 * One observable thing: a Pod or claim changing, or the controller stopping.
 * No text: `messageId` picks a sentence from messages.ts, filled with `data`.
 */
/** A message's values; a list shows as names separated the locale's way. */
export type EventData = Record<string, string | number | readonly string[]>;

export interface SimEvent {
  kind: EventKind;
  messageId: string;
  /** The Pod it is about, by name, if any. */
  pod?: string;
  /** The claim it is about, by name, if any. */
  claim?: string;
  data: EventData;
}

export interface StepResult {
  simulation: Simulation;
  events: SimEvent[];
  /** `progress`: something happened; otherwise nothing will until an action. */
  status: 'progress' | 'settled' | 'stuck';
}
