import {expect, it} from 'vitest';
import {check} from '../../../src/checker';
import {ruleById} from '../../../src/checker/rules';
import {testRule} from '../rule-tester';
import {sts, WEB, WWW_CLAIM} from './statefulset-fixture';

const {docs} = ruleById('pod-volume-default-mode');
const volumes = (entries: string, rest = '') => sts(`${WEB}      volumes:\n${entries}`, rest);

testRule('pod-volume-default-mode', {
  valid: [
    docs.good,
    // YAML 1.1 octal (edge-valid/yaml11-octal-defaultmode), and decimal 420.
    volumes('      - name: a\n        configMap: {name: a, defaultMode: 0644}\n      - name: b\n        secret: {secretName: b, defaultMode: 420, items: [{key: k, path: p, mode: 0400}]}\n'),
    volumes('      - name: c\n        projected:\n          defaultMode: 0777\n          sources:\n          - secret: {name: s, items: [{key: k, path: p, mode: 0}]}\n'),
    // Strings are the schema-type rule's.
    volumes('      - name: a\n        configMap: {name: a, defaultMode: "0644"}\n'),
    // A Pod volume dropped for a claim template of the same name is not validated.
    volumes('      - name: www\n        configMap: {name: a, defaultMode: 9999}\n', WWW_CLAIM),
  ],
  invalid: [
    {
      name: 'docs.bad',
      code: docs.bad,
      errors: [{messageId: 'decimal', path: 'spec.template.spec.volumes[0].configMap.defaultMode', line: 23, column: 24, endColumn: 27}],
    },
    {
      name: 'items, projected sources, downwardAPI, negative',
      code: volumes(
        '      - name: a\n        secret: {secretName: a, items: [{key: k, path: p, mode: 01000}]}\n' +
          '      - name: b\n        projected:\n          defaultMode: -1\n          sources:\n          - configMap: {name: c, items: [{key: k, path: p, mode: 777}]}\n' +
          '      - name: c\n        downwardAPI: {defaultMode: 1024}\n',
      ),
      errors: [
        {messageId: 'outOfRange', path: 'spec.template.spec.volumes[0].secret.items[0].mode', line: 18, column: 65},
        {messageId: 'negative', path: 'spec.template.spec.volumes[1].projected.defaultMode', line: 21, column: 24},
        {messageId: 'decimal', path: 'spec.template.spec.volumes[1].projected.sources[0].configMap.items[0].mode', line: 23, column: 66},
        {messageId: 'outOfRange', path: 'spec.template.spec.volumes[2].downwardAPI.defaultMode', line: 25, column: 36},
      ],
    },
  ],
});

it('fixes 644 as 0644 in YAML and as 420 in JSON', () => {
  const fixOf = (text: string) =>
    check(text, {locale: 'en'}).diagnostics.find((d) => d.ruleId === 'pod-volume-default-mode')?.fix;
  expect(fixOf(docs.bad)?.edits[0].newText).toBe('0755');
  const json = JSON.stringify({
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: {name: 'web'},
    spec: {template: {spec: {volumes: [{name: 'a', secret: {secretName: 'a', defaultMode: 644}}]}}},
  });
  expect(fixOf(json)).toEqual({
    title: 'Write `420`',
    edits: [expect.objectContaining({newText: '420'})],
  });
});
