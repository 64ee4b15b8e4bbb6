import {isRecord} from '../k8s/objects';
import {
  ALL_KINDS,
  BUILT_IN_GROUPS,
  groupVersionsOf,
  isServedGroupVersion,
  kindsOf,
  splitApiVersion,
  versionRank,
} from './index';
import {REMOVED_GROUPS, removedApi} from './removed';
import {closestName, type Suggestion} from './suggest';

// How the API server's discovery resolves an object's apiVersion and kind
// ("no matches for kind X in version Y"), split into what the apiVersion and
// the kind rules each report, so that one mistake gives one diagnostic.

export type ApiVersionVerdict =
  | {is: 'served'}
  | {is: 'missing'; suggestion?: string}
  /** A group with a dot that Kubernetes does not build in: a custom resource. */
  | {is: 'custom'}
  | {is: 'removed'; removedIn: string; replacement?: string}
  /** The kind exists, in another group version. */
  | {is: 'kindElsewhere'; suggestion: string}
  /** Neither the group version nor the kind exists. */
  | {is: 'unknown'; suggestion?: string};

export type KindVerdict =
  | {is: 'known'}
  | {is: 'missing'}
  | {is: 'unknown'; suggestion?: Suggestion};

/** A text field of the object, or undefined when it is missing, empty or not text. */
function textField(value: Record<string, unknown>, key: string): string | undefined {
  const field = value[key];
  if (typeof field === 'string') return field === '' ? undefined : field;
  return field === undefined || field === null || isRecord(field) || Array.isArray(field)
    ? undefined
    : String(field);
}

/**
 * Custom resources live in groups with at least one dot (CRD validation
 * requires it), so a dotless group that Kubernetes does not serve is a typo.
 */
function isCustomGroup(group: string): boolean {
  return group.includes('.') && !BUILT_IN_GROUPS.has(group) && !REMOVED_GROUPS.has(group);
}

export function resolveApiVersion(value: Record<string, unknown>): ApiVersionVerdict {
  const apiVersion = textField(value, 'apiVersion');
  const kind = textField(value, 'kind');
  const servingKind = kind === undefined ? [] : groupVersionsOf(kind);

  if (apiVersion === undefined) return {is: 'missing', suggestion: servingKind[0]};
  const {group} = splitApiVersion(apiVersion);
  // TODO(#2): a dotted group one typo away from a built-in one that serves
  // this kind (`apps.k8s.io/v1` StatefulSet) is taken for a custom resource.
  if (isCustomGroup(group)) return {is: 'custom'};
  if (kind !== undefined && servingKind.includes(apiVersion)) return {is: 'served'};

  const removed = kind === undefined ? undefined : removedApi(apiVersion, kind);
  if (removed) return {is: 'removed', ...removed};
  if (servingKind.length > 0) {
    return {is: 'kindElsewhere', suggestion: preferGroup(servingKind, group)};
  }
  // The kind is unknown (kind-unknown says so); judge the group version alone.
  if (isServedGroupVersion(apiVersion)) return {is: 'served'};
  return {is: 'unknown', suggestion: nearestGroupVersion(apiVersion)};
}

export function resolveKind(value: Record<string, unknown>): KindVerdict {
  const kind = textField(value, 'kind');
  if (kind === undefined) return {is: 'missing'};
  if (groupVersionsOf(kind).length > 0) return {is: 'known'};

  const apiVersion = textField(value, 'apiVersion') ?? '';
  if (isCustomGroup(splitApiVersion(apiVersion).group)) return {is: 'known'};
  const suggestion = closestName(kind, kindsOf(apiVersion)) ?? closestName(kind, ALL_KINDS);
  return {is: 'unknown', suggestion};
}

/** The most stable version serving the kind, in the group the reader wrote if it has one. */
function preferGroup(groupVersions: ReadonlyArray<string>, group: string): string {
  return groupVersions.find((gv) => splitApiVersion(gv).group === group) ?? groupVersions[0];
}

/** `apps/v2` → `apps/v1`; `v2` → `v1`; `apps` (a group without a version) → `apps/v1`. */
function nearestGroupVersion(apiVersion: string): string | undefined {
  const {group, version} = splitApiVersion(apiVersion);
  if (group === '' && /^v\d/.test(version)) return 'v1';
  const asGroup = group === '' ? version : group;
  const served = SERVED_BY_GROUP.get(asGroup);
  return served?.[0];
}

const SERVED_BY_GROUP = new Map<string, string[]>();
for (const kind of ALL_KINDS) {
  for (const gv of groupVersionsOf(kind)) {
    const group = splitApiVersion(gv).group;
    const list = SERVED_BY_GROUP.get(group) ?? [];
    if (!list.includes(gv)) list.push(gv);
    SERVED_BY_GROUP.set(group, list);
  }
}
for (const list of SERVED_BY_GROUP.values()) list.sort((a, b) => versionRank(b) - versionRank(a));
