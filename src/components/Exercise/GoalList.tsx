import type {ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import type {Goal} from '@site/src/exercises';
import type {Locale} from '@site/src/checker';
import InlineText from './InlineText';

import styles from './styles.module.css';

interface Props {
  goals: ReadonlyArray<Goal>;
  /** Per goal, whether it holds; undefined until the editor's first check. */
  verdicts: ReadonlyArray<boolean> | undefined;
  locale: Locale;
}

/** The goals as a checklist, announced politely as they change. */
export default function GoalList({goals, verdicts, locale}: Props): ReactNode {
  const met = verdicts?.filter(Boolean).length ?? 0;
  return (
    <section className={styles.goals} aria-live="polite" data-testid="exercise-goals">
      <h2 className={styles.sectionTitle}>
        {translate({id: 'exercise.goals.title', message: '目標', description: 'Heading of an exercise\'s goal checklist'})}
      </h2>
      <p className={styles.count} data-testid="exercise-goal-count">
        {verdicts === undefined
          ? translate({
              id: 'exercise.goals.waiting',
              message: '編輯器載入後，目標會隨著你的輸入自動檢查。',
              description: 'Shown before the editor has checked the text for the first time',
            })
          : translate(
              {
                id: 'exercise.goals.count',
                message: '已達成 {met} / {total} 個目標',
                description: 'How many of the exercise goals hold, e.g. "2 of 4 goals met"',
              },
              {met, total: goals.length},
            )}
      </p>
      <ul className={styles.goalList}>
        {goals.map((goal, index) => {
          const holds = verdicts?.[index] === true;
          return (
            <li
              key={index}
              className={clsx(styles.goal, holds && styles.goalMet)}
              data-goal-met={holds ? 'true' : 'false'}>
              <span className={styles.goalIcon} aria-hidden="true">
                {holds ? '✓' : '○'}
              </span>
              <span className={styles.visuallyHidden}>
                {holds
                  ? translate({id: 'exercise.goals.met', message: '已達成：', description: 'Screen-reader prefix of a goal that holds'})
                  : translate({id: 'exercise.goals.unmet', message: '尚未達成：', description: 'Screen-reader prefix of a goal that does not hold yet'})}
              </span>
              <span>
                <InlineText text={goal.label[locale]} />
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
