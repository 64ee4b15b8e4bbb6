import {describe, expect, it} from 'vitest';
import {check} from '../../../src/checker';
import {guessQuantity} from '../../../src/checker/rules/quantity-format';
import {testRule} from '../rule-tester';

const pvc = (storage: string) =>
  `apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: data\nspec:\n  resources:\n    requests:\n      storage: ${storage}\n`;

testRule('quantity-format', {
  valid: [pvc('1Gi'), pvc('500Mi'), pvc('1073741824'), pvc('"1.5Gi"'), pvc('1e3'), pvc('" 1Gi "'), pvc('100m'), pvc('0')],
  invalid: [
    {name: '1 GB', code: pvc('1 GB'), errors: [{messageId: 'twoUnits', path: 'spec.resources.requests.storage', line: 8, column: 16, endColumn: 20}]},
    {name: '1gi', code: pvc('1gi'), errors: [{messageId: 'suggestion', line: 8, column: 16}]},
    {name: '10GiB', code: pvc('10GiB'), errors: [{messageId: 'suggestion', line: 8, column: 16}]},
    {name: '1 Gi', code: pvc('"1 Gi"'), errors: [{messageId: 'suggestion', line: 8, column: 16}]},
    {name: 'a word', code: pvc('lots'), errors: [{messageId: 'invalid', line: 8, column: 16}]},
    {name: 'empty', code: pvc('""'), errors: [{messageId: 'invalid', line: 8, column: 16}]},
    {
      name: 'a container limit',
      code: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: a\nspec:\n  containers:\n  - name: a\n    image: a:1\n    resources:\n      limits:\n        memory: 512MB\n',
      errors: [{messageId: 'twoUnits', path: 'spec.containers[0].resources.limits.memory', line: 11, column: 17}],
    },
  ],
});

describe('quantity-format guesses', () => {
  it('reads the reader’s intent where it is clear', () => {
    expect(guessQuantity('10GiB')).toEqual({sure: '10Gi'});
    expect(guessQuantity('1gi')).toEqual({sure: '1Gi'});
    expect(guessQuantity('1 Gi')).toEqual({sure: '1Gi'});
    expect(guessQuantity('100B')).toEqual({sure: '100'});
    expect(guessQuantity('1 GB')).toEqual({decimal: '1G', binary: '1Gi'});
    expect(guessQuantity('2kb')).toEqual({decimal: '2k', binary: '2Ki'});
    expect(guessQuantity('lots')).toBeUndefined();
  });

  it('fixes 10GiB to 10Gi, keeping quotes', () => {
    const [found] = check(pvc('"10GiB"'), {locale: 'en'}).diagnostics.filter((d) => d.ruleId === 'quantity-format');
    expect(found.fix?.edits).toEqual([{line: 8, column: 16, endLine: 8, endColumn: 23, newText: '"10Gi"'}]);
  });
});
