import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {check} from '../../src/checker';

const SEED_LINES = [
  'apiVersion: apps/v1', 'kind: StatefulSet', 'metadata:', '  name: web', 'spec:',
  '  selector:', '    matchLabels:', '      app: nginx', '  serviceName: nginx', '  replicas: 3',
  '  template:', '    metadata:', '      labels:', '        app: nginx', '    spec:',
  '      containers:', '      - name: nginx', '        image: nginx:1.27', '---', '  - [a, b',
  '\t', '"', "'", '*a', '&a x', '<<: *a', '{', '}', '---', '- ', ': ', 'key: 0755',
];

// Texts that look like manifests broken in random places: closer to what a
// reader types than uniformly random strings.
const manifestLike = fc
  .array(fc.oneof(fc.constantFrom(...SEED_LINES), fc.string()), {maxLength: 40})
  .map((lines) => lines.join('\n'));

function linesOf(text: string) {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return body.split('\n');
}

describe('check on arbitrary text', () => {
  it('never throws, and every range lies inside the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({unit: 'grapheme'}), manifestLike), (text) => {
        const lines = linesOf(text);
        for (const locale of ['en', 'zh-TW'] as const) {
          for (const d of check(text, {locale}).diagnostics) {
            expect(d.line).toBeGreaterThanOrEqual(1);
            expect(d.endLine).toBeGreaterThanOrEqual(d.line);
            expect(d.endLine).toBeLessThanOrEqual(lines.length);
            expect(d.column).toBeGreaterThanOrEqual(1);
            expect(d.column).toBeLessThanOrEqual(lines[d.line - 1].length + 1);
            expect(d.endColumn).toBeLessThanOrEqual(lines[d.endLine - 1].length + 1);
            expect(d.ruleId).not.toBe('checker-rule-failed');
            expect(d.message).not.toMatch(/\{\w+\}/);
          }
        }
      }),
      {numRuns: 400},
    );
  });
});
