// Container image references as the container runtime reads them
// (distribution/reference): [registry/]repository[:tag][@digest].
// https://kubernetes.io/docs/concepts/containers/images/#image-names

export interface ImageReference {
  /** `registry.k8s.io`, `localhost:5000`; undefined means Docker Hub. */
  registry?: string;
  repository: string;
  tag?: string;
  digest?: string;
}

const REGISTRY = /^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?(:\d+)?$/;
const PATH_COMPONENT = /^[a-z0-9]+((\.|_|__|-+)[a-z0-9]+)*$/;
const TAG = /^\w[\w.-]{0,127}$/;
const DIGEST = /^[A-Za-z][A-Za-z0-9]*([-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}$/;

/**
 * Splits an image reference; undefined when it is not a well-formed literal
 * reference (empty, templated, or malformed: other rules judge those).
 */
export function parseImage(image: string): ImageReference | undefined {
  let rest = image;
  let digest: string | undefined;
  const at = rest.indexOf('@');
  if (at >= 0) {
    digest = rest.slice(at + 1);
    rest = rest.slice(0, at);
    if (!DIGEST.test(digest)) return undefined;
  }

  // A colon after the last slash starts the tag; one before it belongs to a
  // registry port, as in `localhost:5000/web`.
  let tag: string | undefined;
  const colon = rest.lastIndexOf(':');
  if (colon > rest.lastIndexOf('/')) {
    tag = rest.slice(colon + 1);
    rest = rest.slice(0, colon);
    if (!TAG.test(tag)) return undefined;
  }

  const parts = rest.split('/');
  let registry: string | undefined;
  if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0])) {
    registry = parts.shift();
    if (!REGISTRY.test(registry ?? '')) return undefined;
  }
  if (!parts.every((part) => PATH_COMPONENT.test(part))) return undefined;
  return {registry, repository: parts.join('/'), tag, digest};
}
