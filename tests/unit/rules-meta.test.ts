import {readdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {RULES} from '../../src/checker/rules';

const RULES_FOLDER = join(import.meta.dirname, '..', '..', 'src', 'checker', 'rules');
const ruleFiles = readdirSync(RULES_FOLDER)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.endsWith('.test.ts'))
  .map((f) => f.replace(/\.ts$/, ''));
const placeholders = (template: string) => [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('every rule', () => {
  it('is registered in src/checker/rules/index.ts, once, sorted by id', () => {
    const ids = RULES.map((r) => r.id);
    expect([...ids].sort()).toEqual([...ruleFiles].sort());
    expect(new Set(ids).size).toBe(ids.length);
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      it('has kebab-case id equal to its file name', () => {
        expect(rule.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
        expect(ruleFiles).toContain(rule.id);
      });

      it('has the same message ids and placeholders in zh-TW and en', () => {
        const en = rule.messages.en;
        const zh = rule.messages['zh-TW'];
        expect(Object.keys(zh).sort(), 'add the missing message to both languages').toEqual(Object.keys(en).sort());
        for (const id of Object.keys(en)) {
          expect(placeholders(zh[id] ?? ''), `message ${id}`).toEqual(placeholders(en[id]));
          expect(en[id].trim()).not.toBe('');
        }
      });

      it('has its reference page content in both languages', () => {
        for (const locale of ['en', 'zh-TW'] as const) {
          expect(rule.docs.summary[locale].trim(), `docs.summary.${locale}`).not.toBe('');
          expect(rule.docs.why[locale].trim(), `docs.why.${locale}`).not.toBe('');
        }
        expect(rule.docs.source).toMatch(/^https:\/\//);
      });
    });
  }
});
