import {readFileSync, readdirSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {check, type Locale} from '../../src/checker';
import {EXERCISES, type Localized} from '../../src/exercises';

const LOCALES: Locale[] = ['zh-TW', 'en'];
const FOLDER = join(import.meta.dirname, '..', '..', 'src', 'exercises');
const NOT_EXERCISES = new Set(['index.ts', 'types.ts', 'goals.ts']);
const exerciseFiles = readdirSync(FOLDER)
  .filter((file) => file.endsWith('.ts') && !NOT_EXERCISES.has(file))
  .map((file) => file.replace(/\.ts$/, ''));

const HAN = /\p{Script=Han}/u;
// Half-width punctuation right after a Chinese character: zh-TW text uses
// full-width marks (，。：；？！) there.
const HALF_WIDTH_AFTER_HAN = /\p{Script=Han}[,.:;?!]/u;
// Mainland terms GLOSSARY.zh-TW.md says to avoid.
const AVOIDED_TERMS = ['集群', '網絡', '默認', '創建', '鏡像', '端口', '調度', '存儲', '字段', '對象', '信息', '數據', '身份'];

/** Every bilingual string of an exercise, with where it is. */
function localizedStrings(exercise: (typeof EXERCISES)[number]): Array<[string, Localized]> {
  return [
    ['title', exercise.title],
    ['scenario', exercise.scenario],
    ...exercise.goals.map((goal, i): [string, Localized] => [`goals[${i}].label`, goal.label]),
    ...exercise.hints.map((hint, i): [string, Localized] => [`hints[${i}]`, hint]),
    ...(exercise.explanation ? [['explanation', exercise.explanation] as [string, Localized]] : []),
  ];
}

function verdicts(exercise: (typeof EXERCISES)[number], text: string, locale: Locale): boolean[] {
  const result = check(text, {locale, old: exercise.old});
  return exercise.goals.map((goal) => goal.holds(result));
}

describe('the exercise registry', () => {
  it('lists every file of src/exercises once, with a unique id', () => {
    const ids = EXERCISES.map((exercise) => exercise.id);
    expect(new Set(ids).size, 'two exercises share an id').toBe(ids.length);
    expect([...ids].sort(), 'list the file in src/exercises/index.ts').toEqual([...exerciseFiles].sort());
  });

  it('has at least ten exercises', () => {
    expect(EXERCISES.length).toBeGreaterThanOrEqual(10);
  });
});

for (const exercise of EXERCISES) {
  describe(`exercise ${exercise.id}`, () => {
    it('has a kebab-case id', () => {
      expect(exercise.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    });

    it('has every string in both languages, zh-TW in Taiwan usage', () => {
      for (const [where, text] of localizedStrings(exercise)) {
        for (const locale of LOCALES) {
          expect(text[locale]?.trim(), `${where}.${locale} is empty`).toBeTruthy();
        }
        expect(HAN.test(text['zh-TW']), `${where}.zh-TW has no Chinese`).toBe(true);
        expect(HAN.test(text.en), `${where}.en has Chinese`).toBe(false);
        expect(text['zh-TW'], `${where}.zh-TW: use full-width punctuation`).not.toMatch(HALF_WIDTH_AFTER_HAN);
        for (const term of AVOIDED_TERMS) {
          expect(text['zh-TW'], `${where}.zh-TW: see GLOSSARY.zh-TW.md`).not.toContain(term);
        }
      }
    });

    it('has goals and at least one hint', () => {
      expect(exercise.goals.length).toBeGreaterThan(0);
      expect(exercise.hints.length).toBeGreaterThan(0);
    });

    for (const locale of LOCALES) {
      it(`starts with at least one goal unmet (${locale})`, () => {
        expect(verdicts(exercise, exercise.start, locale)).toContain(false);
      });

      it(`is solved by its solution: every goal holds (${locale})`, () => {
        const unmet = exercise.goals
          .filter((goal) => !goal.holds(check(exercise.solution, {locale, old: exercise.old})))
          .map((goal) => goal.label.en);
        expect(unmet).toEqual([]);
      });
    }

    it('judges the same in both languages', () => {
      for (const text of [exercise.start, exercise.solution]) {
        expect(verdicts(exercise, text, 'zh-TW')).toEqual(verdicts(exercise, text, 'en'));
      }
    });

    it('differs between start and solution', () => {
      expect(exercise.solution).not.toBe(exercise.start);
    });
  });
}

describe('the order of the exercises', () => {
  const DOCS = join(import.meta.dirname, '..', '..', 'docs');
  const positionOf = (chapter: string) =>
    Number(/sidebar_position: ([\d.]+)/.exec(readFileSync(join(DOCS, `${chapter}.mdx`), 'utf8'))?.[1]);

  it('follows the chapters they practise, as the track lists them', () => {
    const positions = EXERCISES.map((e) => (e.chapter ? positionOf(e.chapter) : Infinity));
    const sorted = [...positions].sort((a, b) => a - b);
    // If this fails, reorder EXERCISES in src/exercises/index.ts by chapter.
    expect(positions).toEqual(sorted);
  });
});
