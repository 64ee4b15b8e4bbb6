import type {Diagnostic, ManifestObject} from '../checker';
import {namespaceOf} from '../checker/k8s/lookup';
import {getIn} from '../checker/k8s/objects';
import {governingService, serviceNameOf} from '../checker/k8s/services';
import {errorsIn} from './errors';
import type {PreviewNotice, ServicePreview} from './types';

/**
 * The cluster domain of the DNS names. `cluster.local` is the usual default
 * (kubelet's `clusterDomain`); a cluster can be set up with another one.
 */
export const CLUSTER_DOMAIN = 'cluster.local';

/** `<service>.<namespace>.svc.<cluster domain>`. */
export function serviceDomain(service: string, namespace: string): string {
  return `${service}.${namespace}.svc.${CLUSTER_DOMAIN}`;
}

/**
 * The governing Service as the text has it, and what it means for the Pods'
 * DNS names. Per-Pod records exist only for a headless Service named by
 * `spec.serviceName` in the StatefulSet's namespace (statefulset.md, "Stable
 * Network ID"; dns-pod-service.md, "A/AAAA records" of Pods).
 */
export function readService(
  objects: readonly ManifestObject[],
  diagnostics: readonly Diagnostic[],
  statefulSet: ManifestObject,
  hasUnreadableDocuments: boolean,
): {service: ServicePreview; notices: PreviewNotice[]} {
  const name = serviceNameOf(statefulSet);
  const namespace = namespaceOf(statefulSet);
  if (name === undefined) {
    return {
      service: {state: 'unset'},
      notices: [{id: 'serviceNameUnset', effect: 'hidden', part: 'dns'}],
    };
  }

  const found = governingService(objects, statefulSet);
  if (!found) {
    // The Service may sit in a document the checker could not read.
    const id = hasUnreadableDocuments ? 'serviceMaybeUnreadable' : 'serviceMissing';
    return {
      service: {name, state: 'missing'},
      notices: [{id, effect: 'hidden', part: 'dns', data: {service: name, namespace}}],
    };
  }

  const isHeadless = getIn(found.value, ['spec', 'clusterIP']) === 'None';
  const service: ServicePreview = {
    name,
    state: isHeadless ? 'headless' : 'notHeadless',
    domain: serviceDomain(name, namespace),
    line: found.line,
  };
  const notices: PreviewNotice[] = [];
  if (!isHeadless) {
    notices.push({
      id: 'serviceNotHeadless',
      effect: 'hidden',
      part: 'dns',
      data: {service: name},
    });
  }
  const errors = errorsIn(diagnostics, found.documentIndex);
  if (errors.length > 0 && found.documentIndex !== statefulSet.documentIndex) {
    notices.push({
      id: 'serviceRejected',
      effect: 'unreliable',
      part: 'dns',
      data: {service: name, count: errors.length, line: errors[0].line},
    });
  }
  return {service, notices};
}
