import type {ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import {EXERCISES} from '@site/src/exercises';
import {useProgress} from '@site/src/progress/useProgress';
import {useSidebarDocs} from '@site/src/progress/sidebar';
import InlineText from '@site/src/components/Exercise/InlineText';
import {useLocale} from './useTrack';

import styles from './styles.module.css';

/** Every exercise in track order, with its scenario and whether it is done. */
export default function ExerciseList(): ReactNode {
  const locale = useLocale();
  const {progress} = useProgress();
  const hrefOf = new Map(useSidebarDocs().map((doc) => [doc.docId, doc.href]));
  const done = EXERCISES.filter((exercise) => progress.exercises[exercise.id]).length;

  return (
    <div data-testid="exercise-list">
      <p className={styles.percent}>
        {translate(
          {id: 'track.exercises.count', message: '已完成 {done} / {total} 個練習', description: 'How many exercises are done, on the exercise index'},
          {done, total: EXERCISES.length},
        )}
      </p>
      <ol className={styles.exerciseList}>
        {EXERCISES.map((exercise) => {
          const isDone = Boolean(progress.exercises[exercise.id]);
          const href = hrefOf.get(`exercises/${exercise.id}`);
          return (
            <li key={exercise.id} className={clsx(styles.exerciseItem, isDone && styles.stepDone)} data-done={isDone ? 'true' : 'false'}>
              <p className={styles.exerciseTitle}>
                <span className={styles.stepIcon} aria-hidden="true">{isDone ? '✓' : '○'}</span>
                {href ? <Link to={href}>{exercise.title[locale]}</Link> : exercise.title[locale]}
                {isDone && (
                  <span className={styles.badge}>
                    {translate({id: 'track.exercises.done', message: '已完成', description: 'Badge next to a completed exercise'})}
                  </span>
                )}
              </p>
              <p className={styles.exerciseScenario}>
                <InlineText text={exercise.scenario[locale]} />
              </p>
            </li>
          );
        })}
      </ol>
    </div>
  );
}
