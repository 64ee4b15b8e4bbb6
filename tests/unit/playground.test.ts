import {readFileSync} from 'node:fs';
import {compressToEncodedURIComponent as lz} from 'lz-string';
import {describe, expect, it} from 'vitest';
import {EXERCISES} from '../../src/exercises';
import {
  PLAYGROUND_EXAMPLES,
  PLAYGROUND_SOURCES,
} from '../../src/playground/examples';
import {
  MAX_FRAGMENT_CHARS,
  decodeShareFragment,
  encodeShareFragment,
} from '../../src/playground/share';
import {MAX_UPLOAD_BYTES, readUpload} from '../../src/playground/upload';

const MANIFEST = PLAYGROUND_EXAMPLES[0]!.yaml['zh-TW'];
const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</textarea>',
].join('\n');

describe('share fragments', () => {
  it.each([
    ['a manifest with Chinese comments', MANIFEST],
    ['an empty text', ''],
    ['markup that must stay text', HOSTILE],
    ['emoji and CRLF line ends', 'kind: Pod\r\n# 🚀 ok\r\n'],
  ])('read back %s', (_, text) => {
    const fragment = encodeShareFragment(text);
    expect(fragment).toMatch(/^yaml=[A-Za-z0-9+$-]+$/);
    expect(decodeShareFragment(`#${fragment}`)).toEqual({kind: 'text', text});
    expect(decodeShareFragment(fragment)).toEqual({kind: 'text', text});
  });

  it('read back a link whose payload was percent-encoded', () => {
    const [name, payload] = encodeShareFragment(MANIFEST).split('=');
    const escaped = payload!.replace(/\$/g, '%24').replace(/\+/g, '%2B');
    expect(decodeShareFragment(`#${name}=${escaped}`)).toEqual({
      kind: 'text',
      text: MANIFEST,
    });
  });

  // The last character may carry only padding bits, so a link cut there can
  // still give the whole text. No cut may ever give a different text.
  it('call every cut-off link broken or whole, never partial', () => {
    const fragment = encodeShareFragment(MANIFEST);
    const whole = {kind: 'text', text: MANIFEST};
    const start = 'yaml='.length;
    let broken = 0;
    for (let length = start; length < fragment.length; length++) {
      const verdict = decodeShareFragment(fragment.slice(0, length));
      if (verdict.kind === 'broken') broken++;
      else expect(verdict, `cut at ${length}`).toEqual(whole);
    }
    expect(broken).toBeGreaterThanOrEqual(fragment.length - start - 1);
  });

  it.each([
    ['garbage', '#yaml=!!!not-lz-string!!!'],
    ['a bad escape', '#yaml=%E0%A4%A'],
    ['lz-string without our header', `#yaml=${lz('kind: Pod')}`],
    ['a wrong checksum', `#yaml=${lz('sts1 0\nkind: Pod')}`],
    ['a fragment over the limit', `#yaml=${'A'.repeat(MAX_FRAGMENT_CHARS)}`],
  ])('call %s broken', (_, hash) => {
    expect(decodeShareFragment(hash)).toEqual({kind: 'broken'});
  });

  it.each([[''], ['#'], ['#top'], ['#yam=abc'], ['#section-yaml=abc']])(
    'see no share link in %j',
    (hash) => {
      expect(decodeShareFragment(hash)).toEqual({kind: 'none'});
    },
  );
});

describe('uploads', () => {
  const encode = (text: string) => new TextEncoder().encode(text);

  it('read UTF-8 text, dropping a byte order mark', () => {
    expect(readUpload(encode(MANIFEST))).toEqual({ok: true, text: MANIFEST});
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...encode('kind: Pod')]);
    expect(readUpload(withBom)).toEqual({ok: true, text: 'kind: Pod'});
  });

  it.each([
    ['a PNG header', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]],
    ['UTF-16 text', [0xff, 0xfe, 0x6b, 0x00, 0x69, 0x00]],
    ['Latin-1 text', [0x63, 0x61, 0x66, 0xe9]],
    ['a cut-off UTF-8 sequence', [0x6b, 0x3a, 0x20, 0xe4, 0xb8]],
  ])('refuse %s as binary', (_, bytes) => {
    expect(readUpload(new Uint8Array(bytes))).toEqual({
      ok: false,
      problem: 'binary',
    });
  });

  it('refuse a file over the limit', () => {
    const bytes = new Uint8Array(MAX_UPLOAD_BYTES + 1).fill(0x61);
    expect(readUpload(bytes)).toEqual({ok: false, problem: 'tooLarge'});
  });
});

describe('the load menu', () => {
  it('offers every exercise and unique keys', () => {
    const keys = PLAYGROUND_SOURCES.map((source) => source.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const exercise of EXERCISES) {
      expect(keys).toContain(`exercise:${exercise.id}`);
    }
  });

  // The examples are copies of the chapters' editors; a page edited without
  // its copy here fails this test. Fix by copying the page's YAML over.
  it.each(PLAYGROUND_EXAMPLES.map((example) => [example.id, example]))(
    'has example %s as its chapter shows it, in both languages',
    (_, example) => {
      const pages = {
        'zh-TW': `docs/${example.chapter}.mdx`,
        en: `i18n/en/docusaurus-plugin-content-docs/current/${example.chapter}.mdx`,
      };
      for (const [locale, path] of Object.entries(pages)) {
        const page = readFileSync(path, 'utf8');
        const yaml = example.yaml[locale as keyof typeof pages];
        expect(page, `${path} holds the ${locale} text`).toContain(
          '```yaml\n' + yaml + '```',
        );
      }
    },
  );
});
