import {describe, expect, it} from 'vitest';
import {check} from '../../src/checker';
import type {Diagnostic} from '../../src/checker';

/** What an invalid case expects of one diagnostic of the rule under test. */
export interface ExpectedDiagnostic {
  messageId: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  path?: string;
  severity?: Diagnostic['severity'];
}

export interface RuleCases {
  /** Texts on which the rule must stay silent. */
  valid: Array<string | {code: string; old?: string; name?: string}>;
  /** Texts on which the rule reports exactly `errors`. */
  invalid: Array<{code: string; old?: string; name?: string; errors: ExpectedDiagnostic[]}>;
}

/**
 * ESLint-style cases for one rule: only that rule's diagnostics are compared,
 * each by message id and range, in both languages.
 */
export function testRule(ruleId: string, cases: RuleCases): void {
  describe(ruleId, () => {
    for (const [index, entry] of cases.valid.entries()) {
      const {code, old, name} = typeof entry === 'string' ? {code: entry, old: undefined, name: undefined} : entry;
      it(`stays silent on valid case ${name ?? index + 1}`, () => {
        const found = check(code, {locale: 'en', old}).diagnostics;
        expect(found.filter((d) => d.ruleId === ruleId)).toEqual([]);
        expect(found.filter((d) => d.ruleId === 'checker-rule-failed')).toEqual([]);
      });
    }
    for (const [index, {code, old, name, errors}] of cases.invalid.entries()) {
      it(`reports invalid case ${name ?? index + 1}`, () => {
        for (const locale of ['en', 'zh-TW'] as const) {
          const found = check(code, {locale, old}).diagnostics;
          expect(found.filter((d) => d.ruleId === 'checker-rule-failed')).toEqual([]);
          const mine = found.filter((d) => d.ruleId === ruleId);
          expect(mine.map((d, i) => pick(d, errors[i] ?? errors[0]))).toEqual(errors.map((e) => ({...e})));
          for (const diagnostic of mine) expect(diagnostic.message).not.toMatch(/\{\w+\}/);
        }
      });
    }
  });
}

function pick(diagnostic: Diagnostic, like: ExpectedDiagnostic | undefined): Partial<Diagnostic> {
  const keys = Object.keys(like ?? {messageId: 1, line: 1, column: 1}) as Array<keyof Diagnostic>;
  return Object.fromEntries(keys.map((key) => [key, diagnostic[key]]));
}
