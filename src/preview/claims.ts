import type {ManifestObject} from '../checker';
import {asArray, getIn} from '../checker/k8s/objects';
import {claimTemplatesOf} from '../checker/k8s/pod-template';
import {claimClassOf} from '../checker/k8s/storage-classes';
import type {
  ClaimTemplatePreview,
  PreviewNotice,
  StorageClassChoice,
} from './types';

/**
 * The claim templates of a StatefulSet, as the claims made from them would
 * read. A template without a name yields no claim name, so it is left out
 * with a notice (the checker reports it as vct-name-required).
 */
export function readClaimTemplates(statefulSet: ManifestObject): {
  templates: ClaimTemplatePreview[];
  notices: PreviewNotice[];
} {
  const templates: ClaimTemplatePreview[] = [];
  const notices: PreviewNotice[] = [];

  claimTemplatesOf(statefulSet).forEach(({template, name}, index) => {
    if (name === undefined) {
      notices.push({
        id: 'claimTemplateUnnamed',
        effect: 'hidden',
        part: 'claims',
        data: {index},
      });
      return;
    }
    const size = getIn(template, ['spec', 'resources', 'requests', 'storage']);
    const accessModes = asArray(getIn(template, ['spec', 'accessModes']));
    templates.push({
      index,
      name,
      size:
        typeof size === 'string' || typeof size === 'number'
          ? String(size)
          : undefined,
      accessModes: accessModes.filter(
        (mode): mode is string => typeof mode === 'string',
      ),
      storageClass: storageClassOf(template),
    });
  });
  return {templates, notices};
}

// https://kubernetes.io/docs/concepts/storage/persistent-volumes/#class-1:
// `""` asks for a PV without a class; no class at all lets the
// DefaultStorageClass admission plugin fill in the cluster's default.
function storageClassOf(template: Record<string, unknown>): StorageClassChoice {
  const claimClass = claimClassOf(template);
  if (claimClass === undefined) return {kind: 'default'};
  if (claimClass.name === '') return {kind: 'none'};
  return {kind: 'named', name: claimClass.name};
}
