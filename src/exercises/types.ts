import type {CheckResult, Locale} from '../checker';

/** Text in both of the site's languages. */
export type Localized = Record<Locale, string>;

/**
 * One thing the reader's manifest must do. `holds` reads only the checker's
 * result (`check(text, {locale, old})`), so a goal means the same thing in
 * the browser, in the unit test and in either language.
 */
export interface Goal {
  label: Localized;
  holds: (result: CheckResult) => boolean;
}

/**
 * A hands-on exercise: a scenario, a manifest to fix, the goals that say it
 * is fixed, hints and a solution. Plain data; the site renders it with
 * src/components/Exercise and the tests check its start and solution.
 */
export interface Exercise {
  /** Kebab-case, the file name and the page's slug. */
  id: string;
  title: Localized;
  /** A short real-world situation; inline `code` in backticks. */
  scenario: Localized;
  /** The manifest the reader starts from. */
  start: string;
  /** The live object(s): the reader's text is judged as an update of them. */
  old?: string;
  goals: Goal[];
  /** Revealed one at a time, from gentle to explicit. */
  hints: Localized[];
  /** A manifest that meets every goal. */
  solution: string;
  /** Shown after the solution: why it is right, or what comes next. */
  explanation?: Localized;
  /** Doc id of the chapter that teaches this (e.g. `scaling`). */
  chapter?: string;
}
