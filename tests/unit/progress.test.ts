import {describe, expect, it} from 'vitest';
import {
  FILE_FORMAT,
  MAX_FILE_BYTES,
  countNew,
  mergeProgress,
  parseProgress,
  serializeProgress,
  type Progress,
} from '../../src/progress/model';

const DAY_ONE = '2025-05-01T10:00:00.000Z';
const DAY_TWO = '2025-05-02T10:00:00.000Z';
const progress: Progress = {
  exercises: {'canary-partition': DAY_TWO},
  pages: {scaling: DAY_ONE},
};

describe('progress files', () => {
  it('read back what was written, export date or not', () => {
    for (const date of [undefined, new Date(DAY_TWO)]) {
      expect(parseProgress(serializeProgress(progress, date))).toEqual({ok: true, progress});
    }
  });

  it.each([
    ['', 'notJson'],
    ['\u0000\u0001PNG', 'notJson'],
    ['{"format": "statefulset-lab-progress", "vers', 'notJson'],
    ['[]', 'notProgress'],
    ['{"exercises": {}}', 'notProgress'],
    [JSON.stringify({format: FILE_FORMAT, version: 2}), 'newerVersion'],
    [JSON.stringify({format: FILE_FORMAT, version: 'one'}), 'newerVersion'],
    [JSON.stringify({format: FILE_FORMAT, version: 1, exercises: []}), 'invalidEntry'],
    [JSON.stringify({format: FILE_FORMAT, version: 1, exercises: {x: 'soon'}}), 'invalidEntry'],
    [JSON.stringify({format: FILE_FORMAT, version: 1, pages: {'<script>': DAY_ONE}}), 'invalidEntry'],
    ['x'.repeat(MAX_FILE_BYTES + 1), 'tooLarge'],
  ])('refuse %j as %s, without throwing', (text, problem) => {
    const parsed = parseProgress(text);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok === false && parsed.problem).toBe(problem);
  });

  it('accept a file with no entries', () => {
    expect(parseProgress(JSON.stringify({format: FILE_FORMAT, version: 1}))).toEqual({
      ok: true,
      progress: {exercises: {}, pages: {}},
    });
  });
});

describe('merging progress', () => {
  it('keeps everything from both, with the earlier date', () => {
    const other: Progress = {
      exercises: {'canary-partition': DAY_ONE, 'access-modes': DAY_TWO},
      pages: {},
    };
    expect(mergeProgress(progress, other)).toEqual({
      exercises: {'canary-partition': DAY_ONE, 'access-modes': DAY_TWO},
      pages: {scaling: DAY_ONE},
    });
    expect(countNew(progress, other)).toBe(1);
  });
});
