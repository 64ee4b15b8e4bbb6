/**
 * The reader's progress as plain data, and its file format. No browser APIs
 * here: the store (./store.ts) keeps it in localStorage, the track page
 * exports and imports it, and the unit tests read it directly.
 *
 * Ids are locale-independent: exercise ids (`redis-persistent-storage`) and
 * doc ids (`scaling`), so progress made in one language counts in the other.
 */

/** Exercise or doc id -> when it was first completed (ISO 8601). */
export type Completions = Record<string, string>;

export interface Progress {
  /** Exercises whose goals all held at least once. */
  exercises: Completions;
  /** Pages read to their end. */
  pages: Completions;
}

/** Marks a progress file; `version` is raised when the shape changes. */
export const FILE_FORMAT = 'statefulset-lab-progress';
export const FILE_VERSION = 1;

/** Files larger than this are not progress files (a full one is a few KB). */
export const MAX_FILE_BYTES = 256 * 1024;

export const EMPTY_PROGRESS: Progress = Object.freeze({
  exercises: Object.freeze({}),
  pages: Object.freeze({}),
}) as Progress;

/** Why a text is not a progress this version can read. */
export type ProgressProblem =
  | 'tooLarge'
  | 'notJson'
  | 'notProgress'
  | 'newerVersion'
  | 'invalidEntry';

export type ParsedProgress =
  | {ok: true; progress: Progress}
  | {ok: false; problem: ProgressProblem; detail?: string};

// Exercise ids and doc ids: `scaling`, `exercises/access-modes`.
const ID = /^[a-z0-9][a-z0-9_/-]{0,199}$/;

/**
 * Reads a progress file or the stored progress. Never throws: a file that
 * is not JSON, was made by something else, or was edited by hand into
 * something invalid comes back as a problem, and nothing is half-read.
 */
export function parseProgress(text: string): ParsedProgress {
  if (text.length > MAX_FILE_BYTES) return {ok: false, problem: 'tooLarge'};

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return {ok: false, problem: 'notJson'};
  }
  if (!isRecord(value) || value.format !== FILE_FORMAT) {
    return {ok: false, problem: 'notProgress'};
  }
  if (typeof value.version !== 'number' || value.version > FILE_VERSION) {
    return {ok: false, problem: 'newerVersion', detail: String(value.version)};
  }

  const exercises = readCompletions(value.exercises, 'exercises');
  if (typeof exercises === 'string') return invalid(exercises);
  const pages = readCompletions(value.pages, 'pages');
  if (typeof pages === 'string') return invalid(pages);
  return {ok: true, progress: {exercises, pages}};
}

/** The progress as a file's text (also the stored form). */
export function serializeProgress(progress: Progress, exportedAt?: Date): string {
  const file = {
    format: FILE_FORMAT,
    version: FILE_VERSION,
    ...(exportedAt ? {exportedAt: exportedAt.toISOString()} : {}),
    exercises: progress.exercises,
    pages: progress.pages,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Everything done in either, each with the earlier of its two dates. */
export function mergeProgress(a: Progress, b: Progress): Progress {
  return {
    exercises: mergeCompletions(a.exercises, b.exercises),
    pages: mergeCompletions(a.pages, b.pages),
  };
}

/** How many entries of `incoming` are not yet in `current`. */
export function countNew(current: Progress, incoming: Progress): number {
  const fresh = (mine: Completions, theirs: Completions) =>
    Object.keys(theirs).filter((id) => !Object.hasOwn(mine, id));
  // Counted as the track counts: an exercise's own page is the exercise, not
  // a page read besides it, and the track's own pages are no steps.
  const freshPages = fresh(current.pages, incoming.pages).filter(isStepPage);
  return fresh(current.exercises, incoming.exercises).length + freshPages.length;
}

/** Pages about the track itself, exercise pages and reference pages are not steps. */
const NOT_STEP_PAGES = new Set(['track', 'team-onboarding', 'exercises/index']);

/** Whether reading `docId` is a step of the track. */
export function isStepPage(docId: string): boolean {
  return (
    !NOT_STEP_PAGES.has(docId) &&
    !docId.startsWith('rules/') &&
    !docId.startsWith('exercises/')
  );
}

function mergeCompletions(a: Completions, b: Completions): Completions {
  const merged: Completions = {...a};
  for (const [id, date] of Object.entries(b)) {
    const mine = merged[id];
    merged[id] = mine === undefined || date < mine ? date : mine;
  }
  return merged;
}

// Returns the entries, or a description of the first bad one.
function readCompletions(value: unknown, field: string): Completions | string {
  if (value === undefined) return {};
  if (!isRecord(value)) return `${field}`;
  const completions: Completions = {};
  for (const [id, date] of Object.entries(value)) {
    if (!ID.test(id)) return `${field}: ${id.slice(0, 60)}`;
    if (typeof date !== 'string' || Number.isNaN(Date.parse(date))) {
      return `${field}.${id}`;
    }
    completions[id] = new Date(date).toISOString();
  }
  return completions;
}

function invalid(detail: string): ParsedProgress {
  return {ok: false, problem: 'invalidEntry', detail};
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Whether a sidebar doc counts as complete: an exercise done, a page read.
 * Here rather than in ./track.ts, whose exercise data every doc page's
 * sidebar would otherwise download.
 */
export function isDocComplete(docId: string, progress: Progress): boolean {
  if (docId.startsWith('exercises/')) {
    return Object.hasOwn(progress.exercises, docId.slice('exercises/'.length));
  }
  // Only steps of the track get a tick; the track page itself is not one.
  return isStepPage(docId) && Object.hasOwn(progress.pages, docId);
}
