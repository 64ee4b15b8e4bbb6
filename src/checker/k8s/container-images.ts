import type {ManifestObject} from '../types';
import type {FieldPath} from '../yaml/locate';
import {parseImage, type ImageReference} from './images';
import {containersOf} from './pod-template';

export interface ImageEntry {
  image: string;
  reference: ImageReference;
  /** The path of the `image` field. */
  path: FieldPath;
  container: string;
}

/** Every well-formed image reference of a StatefulSet's containers. */
export function imagesOf(object: ManifestObject): ImageEntry[] {
  const entries: ImageEntry[] = [];
  for (const {container, path} of containersOf(object)) {
    if (typeof container.image !== 'string') continue;
    const reference = parseImage(container.image);
    if (!reference) continue;
    entries.push({
      image: container.image,
      reference,
      path: [...path, 'image'],
      container: typeof container.name === 'string' ? container.name : '',
    });
  }
  return entries;
}
