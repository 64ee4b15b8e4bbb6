import type {ManifestObject} from '../types';
import type {FieldPath} from '../yaml/locate';
import {asArray, isRecord} from './objects';

// A Service's spec as ValidateService in pkg/apis/core/validation/validation.go
// reads it. Values of the wrong JSON type are skipped: the schema-type rule
// reports those, and the API server stops at decoding before validating.

/** A port of a Service, with where it sits. */
export interface ServicePortEntry {
  port: Record<string, unknown>;
  path: FieldPath;
}

/** The Service's `spec`, if it is a mapping. */
export function serviceSpecOf(service: ManifestObject): Record<string, unknown> | undefined {
  const {spec} = service.value;
  return isRecord(spec) ? spec : undefined;
}

/**
 * Whether the Service is headless: `clusterIP: None`, or only
 * `clusterIPs: [None]`, which the API server copies into `clusterIP`.
 */
export function isHeadless(spec: Record<string, unknown>): boolean {
  const {clusterIP, clusterIPs} = spec;
  if (clusterIP === 'None') return true;
  const isUnset = clusterIP === undefined || clusterIP === null || clusterIP === '';
  return isUnset && Array.isArray(clusterIPs) && clusterIPs[0] === 'None';
}

/** Every entry of `spec.ports` that is a mapping. */
export function servicePortsOf(service: ManifestObject): ServicePortEntry[] {
  const entries: ServicePortEntry[] = [];
  asArray(serviceSpecOf(service)?.ports).forEach((port, index) => {
    if (isRecord(port)) entries.push({port, path: ['spec', 'ports', index]});
  });
  return entries;
}

/** Whether `value` is a port number, 1 to 65535 (`IsValidPortNum`). */
export function isPortNumber(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 65535;
}
