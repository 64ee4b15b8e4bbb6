import type {Rule} from '../rule';
import {rule as checkerRuleFailed} from './checker-rule-failed';
import {rule as labelSelectorInvalid} from './label-selector-invalid';
import {rule as notAManifest} from './not-a-manifest';
import {rule as podContainerDuplicateName} from './pod-container-duplicate-name';
import {rule as podContainerName} from './pod-container-name';
import {rule as podContainerPort} from './pod-container-port';
import {rule as podContainersRequired} from './pod-containers-required';
import {rule as podImageRequired} from './pod-image-required';
import {rule as podPortName} from './pod-port-name';
import {rule as podVolumeDefaultMode} from './pod-volume-default-mode';
import {rule as podVolumeMountUnknown} from './pod-volume-mount-unknown';
import {rule as pvcAccessModeInvalid} from './pvc-access-mode-invalid';
import {rule as pvcAccessModesRequired} from './pvc-access-modes-required';
import {rule as pvcStorageClassName} from './pvc-storage-class-name';
import {rule as pvcStorageRequestPositive} from './pvc-storage-request-positive';
import {rule as pvcStorageRequestRequired} from './pvc-storage-request-required';
import {rule as pvcVolumeMode} from './pvc-volume-mode';
import {rule as stsNameDnsLabel} from './sts-name-dns-label';
import {rule as stsSelectorEmpty} from './sts-selector-empty';
import {rule as stsSelectorRequired} from './sts-selector-required';
import {rule as stsSelectorTemplateMismatch} from './sts-selector-template-mismatch';
import {rule as vctNameRequired} from './vct-name-required';
import {rule as yamlAliasLimit} from './yaml-alias-limit';
import {rule as yamlDuplicateKey} from './yaml-duplicate-key';
import {rule as yamlSyntax} from './yaml-syntax';
import {rule as yamlTooDeep} from './yaml-too-deep';

/** Every rule of the checker, sorted by id. A new rule is one file plus one line here. */
export const RULES: ReadonlyArray<Rule> = [
  checkerRuleFailed,
  labelSelectorInvalid,
  notAManifest,
  podContainerDuplicateName,
  podContainerName,
  podContainerPort,
  podContainersRequired,
  podImageRequired,
  podPortName,
  podVolumeDefaultMode,
  podVolumeMountUnknown,
  pvcAccessModeInvalid,
  pvcAccessModesRequired,
  pvcStorageClassName,
  pvcStorageRequestPositive,
  pvcStorageRequestRequired,
  pvcVolumeMode,
  stsNameDnsLabel,
  stsSelectorEmpty,
  stsSelectorRequired,
  stsSelectorTemplateMismatch,
  vctNameRequired,
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
