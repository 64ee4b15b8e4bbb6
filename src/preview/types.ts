/**
 * What the cluster would hold for a text of manifests: plain data, derived
 * from the checker's result, rendered by ClusterPreview. Reasons are message
 * ids with values, never sentences: the site words them in each language.
 */

/** A part of a StatefulSet's preview that a notice is about. */
export type PreviewPart = 'statefulSet' | 'pods' | 'dns' | 'claims';

/**
 * How a notice bears on what is shown: `unreliable`, shown but possibly
 * wrong; `hidden`, not shown at all; `info`, a remark.
 */
export type NoticeEffect = 'unreliable' | 'hidden' | 'info';

export type NoticeId =
  // Nothing can be shown (ClusterPreview.blocked).
  | 'yamlUnreadable'
  | 'notManifest'
  | 'noStatefulSet'
  // About the whole text.
  | 'documentsUnreadable'
  // About one StatefulSet.
  | 'statefulSetRejected'
  | 'fieldHasErrors'
  | 'nameMissing'
  | 'replicasUnreadable'
  | 'ordinalsStartUnreadable'
  | 'podsTruncated'
  | 'serviceNameUnset'
  | 'serviceMissing'
  | 'serviceMaybeUnreadable'
  | 'serviceNotHeadless'
  | 'serviceRejected'
  | 'claimTemplateUnnamed';

export interface PreviewNotice {
  id: NoticeId;
  effect: NoticeEffect;
  /** The part of a StatefulSet's preview it concerns, if it is about one. */
  part?: PreviewPart;
  /** Values for the message, such as `{line: 12}`. */
  data?: Record<string, string | number>;
}

export interface PodPreview {
  ordinal: number;
  /** `<statefulset>-<ordinal>`. */
  name: string;
  /** The controller sets the Pod's hostname to its name. */
  hostname: string;
  /**
   * `<pod>.<service>.<namespace>.svc.cluster.local`; only when the text has
   * the governing Service and it is headless.
   */
  dnsName?: string;
  /** The labels the controller adds to every Pod it creates. */
  labels: Record<string, string>;
}

/** Which StorageClass a claim asks for. */
export type StorageClassChoice =
  | {kind: 'named'; name: string}
  /** `storageClassName: ""`: no class, bound to a PV made beforehand. */
  | {kind: 'none'}
  /** No class named: the cluster's default StorageClass, if it has one. */
  | {kind: 'default'};

export interface ClaimTemplatePreview {
  /** 0-based place in `spec.volumeClaimTemplates`. */
  index: number;
  name: string;
  /** `spec.resources.requests.storage` as written, e.g. `1Gi`. */
  size?: string;
  accessModes: string[];
  storageClass: StorageClassChoice;
}

export interface ClaimPreview {
  /** `<template>-<statefulset>-<ordinal>`. */
  name: string;
  /** The Pod that mounts it. */
  pod: string;
  template: ClaimTemplatePreview;
}

export type ServiceState = 'headless' | 'notHeadless' | 'missing' | 'unset';

export interface ServicePreview {
  /** `spec.serviceName`, when set. */
  name?: string;
  state: ServiceState;
  /** `<service>.<namespace>.svc.cluster.local`, when the text has the Service. */
  domain?: string;
  /** 1-based line where the Service starts, when the text has it. */
  line?: number;
}

export interface StatefulSetPreview {
  /** `metadata.name`; without it, no Pod or claim can be named. */
  name?: string;
  namespace: string;
  documentIndex: number;
  /** 1-based line where the StatefulSet starts. */
  line: number;
  /** `spec.replicas` after its default (1); undefined when unreadable. */
  replicas?: number;
  /** `spec.ordinals.start` after its default (0); undefined when unreadable. */
  ordinalStart?: number;
  /** The first Pods in ordinal order, at most `maxPods` of them. */
  pods: PodPreview[];
  /** How many Pods there are in all (0 when they cannot be named). */
  podCount: number;
  service: ServicePreview;
  /** The claim templates that have a name. */
  claimTemplates: ClaimTemplatePreview[];
  /** The claims of the Pods in `pods`, Pod by Pod. */
  claims: ClaimPreview[];
  /** How many claims there are in all. */
  claimCount: number;
  notices: PreviewNotice[];
}

export interface ClusterPreview {
  statefulSets: StatefulSetPreview[];
  /** Why nothing can be shown, when `statefulSets` is empty. */
  blocked?: PreviewNotice;
  /** Remarks on the whole text, such as documents that could not be read. */
  notices: PreviewNotice[];
}

export interface PreviewOptions {
  /** Pods listed per StatefulSet; the rest are only counted. Default 10. */
  maxPods?: number;
}
