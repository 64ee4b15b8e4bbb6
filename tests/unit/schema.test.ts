import {readFileSync, statSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {
  BUILT_IN_GROUPS,
  fieldsOf,
  groupVersionsOf,
  KUBERNETES_VERSION,
  parseType,
  rootModel,
} from '../../src/checker/schema';
import SCHEMA from '../../src/checker/schema/k8s-schema.json';
import {closestName, editDistance, toAscii} from '../../src/checker/schema/suggest';
import {utf8Length} from '../../src/checker/schema/size';

const ROOT = join(import.meta.dirname, '..', '..');

describe('k8s-schema.json', () => {
  it('was generated from the installed @kubernetes/client-node (else run npm run schema)', () => {
    const client = JSON.parse(readFileSync(join(ROOT, 'node_modules/@kubernetes/client-node/package.json'), 'utf8'));
    expect(SCHEMA.generatedFrom).toContain(`@kubernetes/client-node ${client.version} `);
    expect(KUBERNETES_VERSION).toBe('1.36');
  });

  it('stays small enough for the browser bundle', () => {
    expect(statSync(join(ROOT, 'src/checker/schema/k8s-schema.json')).size).toBeLessThan(150 * 1024);
  });

  it('knows the kinds of the tutorials and where they live', () => {
    expect(rootModel('apps/v1', 'StatefulSet')).toBe('V1StatefulSet');
    expect(rootModel('v1', 'Service')).toBe('V1Service');
    expect(rootModel('policy/v1', 'PodDisruptionBudget')).toBe('V1PodDisruptionBudget');
    expect(rootModel('v1', 'StatefulSet')).toBeUndefined();
    expect(rootModel('apps/v1', 'toString')).toBeUndefined();
    expect(groupVersionsOf('HorizontalPodAutoscaler')).toEqual(['autoscaling/v2', 'autoscaling/v1']);
    expect(BUILT_IN_GROUPS.has('')).toBe(true);
    expect(BUILT_IN_GROUPS.has('monitoring.coreos.com')).toBe(false);
  });

  it('types the StatefulSet fields the rules depend on', () => {
    const spec = fieldsOf('V1StatefulSetSpec');
    expect(spec?.replicas).toBe('int32');
    expect(spec?.volumeClaimTemplates).toBe('[]V1PersistentVolumeClaim');
    expect(fieldsOf('V1ObjectMeta')?.labels).toBe('{}string');
    expect(fieldsOf('V1RollingUpdateStatefulSetStrategy')?.maxUnavailable).toBe('IntOrString');
    expect(fieldsOf('V1VolumeResourceRequirements')?.requests).toBe('{}Quantity');
    expect(fieldsOf('V1ResourceRequirements')?.limits).toBe('{}Quantity');
    expect(fieldsOf('V1EmptyDirVolumeSource')?.sizeLimit).toBe('Quantity');
    expect(fieldsOf('V1Secret')?.data).toBe('{}bytes');
    expect(fieldsOf('V1CustomResourceValidation')?.openAPIV3Schema).toBe('any');
    expect(parseType('[]{}V1Container')).toEqual({
      is: 'list',
      of: {is: 'map', of: {is: 'model', name: 'V1Container'}},
    });
  });
});

describe('closestName', () => {
  const fields = ['serviceName', 'selector', 'volumeClaimTemplates', 'replicas', 'template'];

  it('finds case slips, swaps and missing letters', () => {
    expect(closestName('serviceNmae', fields)).toEqual({name: 'serviceName', isConfident: true});
    expect(closestName('ServiceName', fields)).toEqual({name: 'serviceName', isConfident: true});
    expect(closestName('volumeClaimTemplate', fields)).toEqual({name: 'volumeClaimTemplates', isConfident: true});
    expect(closestName('replica', fields)).toEqual({name: 'replicas', isConfident: true});
  });

  it('gives up on names that are not close', () => {
    expect(closestName('strategy', fields)).toBeUndefined();
    expect(closestName('x', fields)).toBeUndefined();
  });

  it('is unsure when two names are equally close', () => {
    expect(closestName('ab', ['aa', 'bb'])?.isConfident).toBe(false);
  });

  it('sees through look-alike and invisible characters', () => {
    expect(toAscii('StatefulS\u0435t')).toBe('StatefulSet');
    expect(toAscii('Stateful\u200bSet')).toBe('StatefulSet');
    expect(toAscii('ＳｔａｔｅｆｕｌＳｅｔ')).toBe('StatefulSet');
    expect(closestName('Ѕtatefulset', ['StatefulSet'])).toEqual({name: 'StatefulSet', isConfident: true});
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('nmae', 'name')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
});

describe('utf8Length', () => {
  it('counts bytes as Go does', () => {
    expect(utf8Length('abc')).toBe(3);
    expect(utf8Length('é')).toBe(2);
    expect(utf8Length('叢集')).toBe(6);
    expect(utf8Length('😀')).toBe(4);
  });
});
