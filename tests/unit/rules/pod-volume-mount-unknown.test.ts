import {expect, it} from 'vitest';
import {check} from '../../../src/checker';
import {ruleById} from '../../../src/checker/rules';
import {testRule} from '../rule-tester';
import {sts, WEB, WWW_CLAIM} from './statefulset-fixture';

const {docs} = ruleById('pod-volume-mount-unknown');
const mounts = (entries: string, rest = WWW_CLAIM) => sts(`${WEB}        volumeMounts:\n${entries}`, rest);

testRule('pod-volume-mount-unknown', {
  valid: [
    docs.good,
    // A Pod volume shadowed by a claim template (edge-valid/template-volume-shadowed-by-claim-template).
    sts(`${WEB}        volumeMounts:\n        - {name: www, mountPath: /a}\n        - {name: conf, mountPath: /b}\n      volumes:\n      - {name: www, emptyDir: {}}\n      - {name: conf, configMap: {name: c}}\n`, WWW_CLAIM),
    // Init containers and block devices use the same volumes.
    sts(`${WEB}        volumeDevices:\n        - {name: www, devicePath: /dev/xvda}\n      initContainers:\n      - name: init\n        image: busybox:1.36\n        volumeMounts:\n        - {name: www, mountPath: /a}\n`, WWW_CLAIM),
    mounts('        - {name: 7, mountPath: /a}\n'),
    // Claim templates as a map fail to decode (corpus vct-as-map): nothing to judge.
    mounts('        - {name: www, mountPath: /a}\n', '  volumeClaimTemplates:\n    www: {}\n'),
    mounts('        - {name: www, mountPath: /a}\n', '  volumeClaimTemplates:\n  - metadata: {name: [www]}\n'),
  ],
  invalid: [
    {
      name: 'docs.bad',
      code: docs.bad,
      errors: [{messageId: 'unknownSuggest', path: 'spec.template.spec.containers[0].volumeMounts[0].name', line: 17, column: 17, endColumn: 21}],
    },
    {
      name: 'a claim template without a name adds no volume',
      code: mounts('        - {name: www, mountPath: /a}\n', '  volumeClaimTemplates:\n  - spec:\n      accessModes: [ReadWriteOnce]\n'),
      errors: [{messageId: 'unknownNone', line: 17, column: 18}],
    },
    {
      name: 'no close name, and a mount without a name',
      code: mounts('        - {name: cache, mountPath: /a}\n        - mountPath: /b\n'),
      errors: [
        {messageId: 'unknown', path: 'spec.template.spec.containers[0].volumeMounts[0].name', line: 17, column: 18},
        {messageId: 'required', path: 'spec.template.spec.containers[0].volumeMounts[1].name', line: 18, column: 11},
      ],
    },
    {
      name: 'volumeClaimTemplates under the PodSpec (corpus vct-in-pod-spec)',
      code: sts(`${WEB}        volumeMounts:\n        - {name: www, mountPath: /a}\n      volumeClaimTemplates:\n      - metadata: {name: www}\n`),
      errors: [{messageId: 'unknownNone', line: 17, column: 18}],
    },
  ],
});

it('suggests the claim template a typo away, keeping the quotes', () => {
  const text = mounts("        - name: 'ww'\n          mountPath: /a\n");
  const [diagnostic] = check(text, {locale: 'zh-TW'}).diagnostics.filter((d) => d.ruleId === 'pod-volume-mount-unknown');
  expect(diagnostic.message).toContain('`www`');
  expect(diagnostic.fix?.edits).toEqual([{line: 17, column: 17, endLine: 17, endColumn: 21, newText: "'www'"}]);
});
