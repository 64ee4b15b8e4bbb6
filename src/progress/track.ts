import {EXERCISES} from '../exercises';
import type {Locale} from '../checker';
import type {Progress} from './model';
import type {SidebarDoc} from './sidebar';

/** One step of the onboarding track: a page to read or an exercise to do. */
export interface TrackStep {
  kind: 'page' | 'exercise';
  /** Doc id for pages, exercise id for exercises. */
  id: string;
  label: string;
  href?: string;
  /** When it was completed, if it was. */
  doneAt?: string;
}

/** Pages about the track itself, and reference pages, are not steps. */
const NOT_STEPS = new Set(['track', 'team-onboarding', 'exercises/index']);
const isReference = (docId: string) => docId.startsWith('rules/');
const exerciseDocId = (id: string) => `exercises/${id}`;

/**
 * The track: the chapters in the sidebar's reading order, each followed by
 * the exercises that practise it; exercises whose chapter is not in the
 * sidebar come last, in the registry's order.
 */
export function buildTrack(
  docs: ReadonlyArray<SidebarDoc>,
  progress: Progress,
  locale: Locale,
): TrackStep[] {
  const hrefOf = new Map(docs.map((doc) => [doc.docId, doc.href]));
  const chapters = docs.filter(
    (doc) =>
      !NOT_STEPS.has(doc.docId) &&
      !isReference(doc.docId) &&
      !doc.docId.startsWith('exercises/'),
  );
  const exerciseStep = (exercise: (typeof EXERCISES)[number]): TrackStep => ({
    kind: 'exercise',
    id: exercise.id,
    label: exercise.title[locale],
    href: hrefOf.get(exerciseDocId(exercise.id)),
    doneAt: progress.exercises[exercise.id],
  });

  const steps: TrackStep[] = [];
  const placed = new Set<string>();
  for (const chapter of chapters) {
    steps.push({
      kind: 'page',
      id: chapter.docId,
      label: chapter.label,
      href: chapter.href,
      doneAt: progress.pages[chapter.docId],
    });
    for (const exercise of EXERCISES) {
      if (exercise.chapter !== chapter.docId) continue;
      steps.push(exerciseStep(exercise));
      placed.add(exercise.id);
    }
  }
  for (const exercise of EXERCISES) {
    if (!placed.has(exercise.id)) steps.push(exerciseStep(exercise));
  }
  return steps;
}

export interface TrackTotals {
  done: number;
  total: number;
  /** Whole percent, rounded down: 100 only when everything is done. */
  percent: number;
}

export function totalsOf(steps: ReadonlyArray<TrackStep>): TrackTotals {
  const done = steps.filter((step) => step.doneAt !== undefined).length;
  const total = steps.length;
  return {done, total, percent: total === 0 ? 0 : Math.floor((done / total) * 100)};
}
