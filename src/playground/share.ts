/**
 * Share links: the playground's text, compressed into the URL's fragment
 * (`#yaml=…`). A fragment never reaches the server, so the text stays between
 * the two readers. Pure TypeScript, no DOM.
 *
 * The compressed payload starts with a checksum of the text: lz-string
 * decodes a cut-off link into a shorter (or garbled) text without an error,
 * and only the checksum tells such a link from a whole one.
 */
import {
  compressToEncodedURIComponent,
  decompressFromEncodedURIComponent,
} from 'lz-string';

/** The fragment's parameter: `#yaml=<payload>`. */
export const SHARE_PARAM = 'yaml';

/** Longer fragments are refused unread (a text this long is not a manifest). */
export const MAX_FRAGMENT_CHARS = 1024 * 1024;

/** Marks a payload of this format, before the text's checksum. */
const HEADER = 'sts1';

export type SharedText =
  /** The fragment holds no share link. */
  | {kind: 'none'}
  | {kind: 'text'; text: string}
  /** A share link that was cut off, edited by hand or is too long. */
  | {kind: 'broken'};

/** The fragment, without `#`, that carries `text`. */
export function encodeShareFragment(text: string): string {
  const payload = `${HEADER} ${checksum(text)}\n${text}`;
  return `${SHARE_PARAM}=${compressToEncodedURIComponent(payload)}`;
}

/** Reads a location's fragment (`location.hash`, with or without `#`). */
export function decodeShareFragment(hash: string): SharedText {
  const fragment = hash.replace(/^#/, '');
  const prefix = `${SHARE_PARAM}=`;
  if (!fragment.startsWith(prefix)) return {kind: 'none'};
  if (fragment.length > MAX_FRAGMENT_CHARS) return {kind: 'broken'};

  const payload = decompress(fragment.slice(prefix.length));
  const match = payload && /^sts1 ([0-9a-z]+)\n/.exec(payload);
  if (!payload || !match) return {kind: 'broken'};
  const text = payload.slice(match[0].length);
  return match[1] === checksum(text) ? {kind: 'text', text} : {kind: 'broken'};
}

function decompress(encoded: string): string | null {
  try {
    // Some chat apps and mail clients percent-encode `$` and `+`.
    const raw = encoded.includes('%') ? decodeURIComponent(encoded) : encoded;
    return decompressFromEncodedURIComponent(raw);
  } catch {
    // A malformed escape or payload: the same as a cut-off link.
    return null;
  }
}

// FNV-1a, 32 bits: a cut-off link passes it about once in four billion.
function checksum(text: string): string {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193);
  }
  return (value >>> 0).toString(36);
}
