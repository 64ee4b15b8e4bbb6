import type {Rule} from '../rule';
import {rule as affinitySelectorMismatch} from './affinity-selector-mismatch';
import {rule as apiVersionRemoved} from './api-version-removed';
import {rule as apiVersionUnknown} from './api-version-unknown';
import {rule as checkerRuleFailed} from './checker-rule-failed';
import {rule as imageRegistryDeprecated} from './image-registry-deprecated';
import {rule as imageTagLatest} from './image-tag-latest';
import {rule as imageTagMissing} from './image-tag-missing';
import {rule as kindUnknown} from './kind-unknown';
import {rule as labelSelectorInvalid} from './label-selector-invalid';
import {rule as metaAnnotationsInvalid} from './meta-annotations-invalid';
import {rule as metaAnnotationsTooLong} from './meta-annotations-too-long';
import {rule as metaLabelsInvalid} from './meta-labels-invalid';
import {rule as metaNameDuplicate} from './meta-name-duplicate';
import {rule as metaNameRequired} from './meta-name-required';
import {rule as notAManifest} from './not-a-manifest';
import {rule as objectTooLarge} from './object-too-large';
import {rule as pdbMinMaxExclusive} from './pdb-min-max-exclusive';
import {rule as pdbSelectorMismatch} from './pdb-selector-mismatch';
import {rule as pdbValueInvalid} from './pdb-value-invalid';
import {rule as podContainerDuplicateName} from './pod-container-duplicate-name';
import {rule as podContainerName} from './pod-container-name';
import {rule as podContainerPort} from './pod-container-port';
import {rule as podContainersRequired} from './pod-containers-required';
import {rule as podImageRequired} from './pod-image-required';
import {rule as podPortName} from './pod-port-name';
import {rule as podVolumeDefaultMode} from './pod-volume-default-mode';
import {rule as podVolumeMountUnknown} from './pod-volume-mount-unknown';
import {rule as probePortUndefined} from './probe-port-undefined';
import {rule as pvcAccessModeInvalid} from './pvc-access-mode-invalid';
import {rule as pvcAccessModesRequired} from './pvc-access-modes-required';
import {rule as pvcStorageClassName} from './pvc-storage-class-name';
import {rule as pvcStorageRequestPositive} from './pvc-storage-request-positive';
import {rule as pvcStorageRequestRequired} from './pvc-storage-request-required';
import {rule as pvcVolumeMode} from './pvc-volume-mode';
import {rule as quantityFormat} from './quantity-format';
import {rule as schemaType} from './schema-type';
import {rule as schemaUnknownField} from './schema-unknown-field';
import {rule as stsActiveDeadlineSeconds} from './sts-active-deadline-seconds';
import {rule as stsMaxUnavailable} from './sts-max-unavailable';
import {rule as stsMinReadySeconds} from './sts-min-ready-seconds';
import {rule as stsNameDnsLabel} from './sts-name-dns-label';
import {rule as stsNoReadinessProbe} from './sts-no-readiness-probe';
import {rule as stsOrdinalsStart} from './sts-ordinals-start';
import {rule as stsPartitionNegative} from './sts-partition-negative';
import {rule as stsPodManagementPolicy} from './sts-pod-management-policy';
import {rule as stsPvcRetentionPolicy} from './sts-pvc-retention-policy';
import {rule as stsReplicasNegative} from './sts-replicas-negative';
import {rule as stsReplicasWithHpa} from './sts-replicas-with-hpa';
import {rule as stsRestartPolicy} from './sts-restart-policy';
import {rule as stsRevisionHistoryLimit} from './sts-revision-history-limit';
import {rule as stsRollingUpdateWithOndelete} from './sts-rolling-update-with-ondelete';
import {rule as stsSelectorEmpty} from './sts-selector-empty';
import {rule as stsSelectorRequired} from './sts-selector-required';
import {rule as stsSelectorTemplateMismatch} from './sts-selector-template-mismatch';
import {rule as stsServiceMissing} from './sts-service-missing';
import {rule as stsServiceNameFormat} from './sts-service-name-format';
import {rule as stsServiceNameUnset} from './sts-service-name-unset';
import {rule as stsTerminationGraceZero} from './sts-termination-grace-zero';
import {rule as stsUpdateForbiddenField} from './sts-update-forbidden-field';
import {rule as stsUpdateStrategyType} from './sts-update-strategy-type';
import {rule as svcHeadlessType} from './svc-headless-type';
import {rule as svcNotHeadless} from './svc-not-headless';
import {rule as svcPortNameUnique} from './svc-port-name-unique';
import {rule as svcPortNumber} from './svc-port-number';
import {rule as svcPortProtocol} from './svc-port-protocol';
import {rule as svcPortsRequired} from './svc-ports-required';
import {rule as svcSelectorMismatch} from './svc-selector-mismatch';
import {rule as svcUpdateClusterIp} from './svc-update-cluster-ip';
import {rule as vctNameRequired} from './vct-name-required';
import {rule as vctStorageClassEmpty} from './vct-storage-class-empty';
import {rule as vctStorageClassUnknown} from './vct-storage-class-unknown';
import {rule as vctStorageClassUnset} from './vct-storage-class-unset';
import {rule as vctUnmounted} from './vct-unmounted';
import {rule as yamlAliasLimit} from './yaml-alias-limit';
import {rule as yamlDuplicateKey} from './yaml-duplicate-key';
import {rule as yamlSyntax} from './yaml-syntax';
import {rule as yamlTooDeep} from './yaml-too-deep';

/** Every rule of the checker, sorted by id. A new rule is one file plus one line here. */
export const RULES: ReadonlyArray<Rule> = [
  affinitySelectorMismatch,
  apiVersionRemoved,
  apiVersionUnknown,
  checkerRuleFailed,
  imageRegistryDeprecated,
  imageTagLatest,
  imageTagMissing,
  kindUnknown,
  labelSelectorInvalid,
  metaAnnotationsInvalid,
  metaAnnotationsTooLong,
  metaLabelsInvalid,
  metaNameDuplicate,
  metaNameRequired,
  notAManifest,
  objectTooLarge,
  pdbMinMaxExclusive,
  pdbSelectorMismatch,
  pdbValueInvalid,
  podContainerDuplicateName,
  podContainerName,
  podContainerPort,
  podContainersRequired,
  podImageRequired,
  podPortName,
  podVolumeDefaultMode,
  podVolumeMountUnknown,
  probePortUndefined,
  pvcAccessModeInvalid,
  pvcAccessModesRequired,
  pvcStorageClassName,
  pvcStorageRequestPositive,
  pvcStorageRequestRequired,
  pvcVolumeMode,
  quantityFormat,
  schemaType,
  schemaUnknownField,
  stsActiveDeadlineSeconds,
  stsMaxUnavailable,
  stsMinReadySeconds,
  stsNameDnsLabel,
  stsNoReadinessProbe,
  stsOrdinalsStart,
  stsPartitionNegative,
  stsPodManagementPolicy,
  stsPvcRetentionPolicy,
  stsReplicasNegative,
  stsReplicasWithHpa,
  stsRestartPolicy,
  stsRevisionHistoryLimit,
  stsRollingUpdateWithOndelete,
  stsSelectorEmpty,
  stsSelectorRequired,
  stsSelectorTemplateMismatch,
  stsServiceMissing,
  stsServiceNameFormat,
  stsServiceNameUnset,
  stsTerminationGraceZero,
  stsUpdateForbiddenField,
  stsUpdateStrategyType,
  svcHeadlessType,
  svcNotHeadless,
  svcPortNameUnique,
  svcPortNumber,
  svcPortProtocol,
  svcPortsRequired,
  svcSelectorMismatch,
  svcUpdateClusterIp,
  vctNameRequired,
  vctStorageClassEmpty,
  vctStorageClassUnknown,
  vctStorageClassUnset,
  vctUnmounted,
  yamlAliasLimit,
  yamlDuplicateKey,
  yamlSyntax,
  yamlTooDeep,
].sort((a, b) => a.id.localeCompare(b.id));

const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule {
  const rule = BY_ID.get(id);
  if (!rule) throw new Error(`No rule with id "${id}" in src/checker/rules/index.ts`);
  return rule;
}
