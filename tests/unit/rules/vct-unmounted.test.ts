import {ruleById} from '../../../src/checker/rules';
import {testRule} from '../rule-tester';
import {sts, WEB, WWW_CLAIM} from './statefulset-fixture';

const {docs} = ruleById('vct-unmounted');

const MOUNT = '        volumeMounts:\n        - name: www\n          mountPath: /data\n';

testRule('vct-unmounted', {
  valid: [
    docs.good,
    sts(WEB + MOUNT, WWW_CLAIM),
    // An init container's mount counts.
    sts(`${WEB}      initContainers:\n      - name: restore\n        image: busybox:1.36\n${MOUNT}`, WWW_CLAIM),
    // A block-mode claim is used through volumeDevices.
    sts(`${WEB}        volumeDevices:\n        - name: www\n          devicePath: /dev/xvda\n`, WWW_CLAIM),
    // No containers: other rules report the template.
    sts('      containers: []\n', WWW_CLAIM),
  ],
  invalid: [
    {
      name: 'docs.bad: the claim template item',
      code: docs.bad,
      errors: [{messageId: 'unmounted', path: 'spec.volumeClaimTemplates[0]', line: 19, column: 5}],
    },
    {
      name: 'the mount names a pod volume instead',
      code: sts(
        `${WEB}        volumeMounts:\n        - name: cache\n          mountPath: /data\n      volumes:\n      - name: cache\n        emptyDir: {}\n`,
        WWW_CLAIM,
      ),
      errors: [{messageId: 'unmounted', path: 'spec.volumeClaimTemplates[0]', line: 23, column: 5}],
    },
  ],
});
