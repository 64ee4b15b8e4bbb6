import {describe, expect, it} from 'vitest';
import {
  MESSAGES,
  formatMessage,
  isMessageId,
  readStatefulSet,
  findStatefulSets,
  type SimAction,
  type SimEvent,
} from '../../../src/simulator';
import {check} from '../../../src/checker';
import {manifest, play, simulate} from './helpers';

/** Scenarios that between them reach most of the simulator's messages. */
const SCENARIOS: Array<[string, string, SimAction[]]> = [
  ['create', manifest(), []],
  ['scale up', manifest(), [{type: 'scale', replicas: 5}]],
  ['scale down', manifest(), [{type: 'scale', replicas: 1}]],
  ['scale to 0', manifest(), [{type: 'scale', replicas: 0}]],
  ['update', manifest(), [{type: 'setPartition', partition: 1}, {type: 'rollingUpdate'}]],
  ['broken', manifest(), [{type: 'rollingUpdate', isBroken: true}]],
  ['mark', manifest(), [{type: 'setNeverReady', ordinal: 0, isNeverReady: true}]],
  ['delete', manifest(), [{type: 'deletePod', ordinal: 0}, {type: 'deleteStatefulSet'}]],
  [
    'parallel',
    manifest('  replicas: 2\n  podManagementPolicy: Parallel\n'),
    [{type: 'scale', replicas: 0}],
  ],
  [
    'whenScaled Delete',
    manifest(
      '  replicas: 2\n  minReadySeconds: 5\n  persistentVolumeClaimRetentionPolicy:\n    whenScaled: Delete\n    whenDeleted: Delete\n',
    ),
    [{type: 'scale', replicas: 1}, {type: 'scale', replicas: 2}, {type: 'deleteStatefulSet'}],
  ],
  [
    'OnDelete',
    manifest('  replicas: 2\n  updateStrategy:\n    type: OnDelete\n'),
    [{type: 'rollingUpdate', isBroken: true}],
  ],
];

function eventsOf(yaml: string, actions: SimAction[]): SimEvent[] {
  return play(simulate(yaml, {from: 'empty'}), ...actions).events;
}

describe('simulator messages', () => {
  it('exist in both languages, with the same placeholders', () => {
    const en = MESSAGES.en;
    const zh = MESSAGES['zh-TW'];
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    for (const id of Object.keys(en) as Array<keyof typeof en>) {
      expect(zh[id], `zh-TW message ${id} is empty`).not.toBe('');
      expect(placeholders(zh[id]), `placeholders of ${id}`).toEqual(placeholders(en[id]));
    }
  });

  it('in zh-TW use full-width punctuation and space CJK from Latin text', () => {
    for (const [id, text] of Object.entries(MESSAGES['zh-TW'])) {
      const prose = text.replace(/`[^`]*`/g, 'X');
      expect(prose, `${id}: half-width punctuation after CJK`).not.toMatch(
        /\p{Script=Han}[,.:;!?()]/u,
      );
      expect(prose, `${id}: no space between CJK and Latin`).not.toMatch(
        /\p{Script=Han}[A-Za-z0-9{]|[A-Za-z0-9}]\p{Script=Han}/u,
      );
    }
  });

  for (const [name, yaml, actions] of SCENARIOS) {
    it(`are all known and filled in for the "${name}" scenario`, () => {
      for (const event of eventsOf(yaml, actions)) {
        expect(isMessageId(event.messageId), event.messageId).toBe(true);
        for (const locale of ['en', 'zh-TW'] as const) {
          const text = formatMessage(event, locale);
          expect(text, `${event.messageId} in ${locale}`).not.toMatch(/\{\w+\}/);
        }
      }
    });
  }

  it('show lists in each language’s way', () => {
    const event = {messageId: 'settledNotReady', data: {pods: ['web-1', 'web-2', 'web-3']}};

    expect(formatMessage(event, 'en')).toContain('`web-1`, `web-2` and `web-3`');
    expect(formatMessage(event, 'zh-TW')).toContain('`web-1`、`web-2` 和 `web-3`');
  });

  it('cover the notes about the manifest', () => {
    const [object] = findStatefulSets(
      check(
        manifest(
          '  replicas: 20\n  ordinals:\n    start: 3\n  updateStrategy:\n    rollingUpdate:\n      partition: 2\n      maxUnavailable: 2\n',
        ),
      ).objects,
    );
    const {notes} = readStatefulSet(object!);

    expect(notes.map((note) => note.messageId)).toEqual([
      'replicasCapped',
      'maxUnavailableIgnored',
      'partitionFromStart',
    ]);
    for (const note of notes) {
      expect(isMessageId(note.messageId)).toBe(true);
      expect(formatMessage(note, 'zh-TW')).not.toMatch(/\{\w+\}/);
    }
  });
});
