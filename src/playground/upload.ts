/**
 * What an uploaded file must be to replace the playground's text: small, and
 * text in UTF-8. Pure TypeScript: the page reads the file's bytes, this
 * module judges them.
 */

/** A manifest is a few KB; anything this large is not one. */
export const MAX_UPLOAD_BYTES = 2 * 1024 * 1024;

/** What the file picker offers: manifests, JSON and plain text. */
export const UPLOAD_ACCEPT = [
  '.yaml',
  '.yml',
  '.json',
  '.txt',
  'text/plain',
  'text/yaml',
  'application/yaml',
  'application/json',
].join(',');

export type UploadProblem = 'tooLarge' | 'binary';

export type UploadVerdict =
  | {ok: true; text: string}
  | {ok: false; problem: UploadProblem};

/** Checked before reading: a huge file is refused without loading it. */
export function isTooLarge(size: number): boolean {
  return size > MAX_UPLOAD_BYTES;
}

/**
 * The file's text, or why it is not a text file. A NUL byte (images,
 * archives, UTF-16) or bytes that are not UTF-8 make it binary; a UTF-8
 * byte order mark is dropped.
 */
export function readUpload(bytes: Uint8Array): UploadVerdict {
  if (isTooLarge(bytes.byteLength)) return {ok: false, problem: 'tooLarge'};
  if (bytes.includes(0)) return {ok: false, problem: 'binary'};
  try {
    const text = new TextDecoder('utf-8', {fatal: true}).decode(bytes);
    return {ok: true, text};
  } catch {
    return {ok: false, problem: 'binary'};
  }
}
