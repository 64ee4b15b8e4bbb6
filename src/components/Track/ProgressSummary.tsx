import type {ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import type {TrackStep, TrackTotals} from '@site/src/progress/track';
import {formatDate} from '@site/src/components/Exercise';
import {useLocale} from './useTrack';

import styles from './styles.module.css';

interface Props {
  steps: ReadonlyArray<TrackStep>;
  totals: TrackTotals;
  /** Links the steps (the reader's own track); a reviewed file shows text only. */
  withLinks?: boolean;
}

/** The track as an ordered checklist with its completion; also what is printed. */
export default function ProgressSummary({steps, totals, withLinks = true}: Props): ReactNode {
  const locale = useLocale();
  return (
    <div className={styles.summary} data-testid="track-summary">
      <p className={styles.percent} data-testid="track-percent">
        {translate(
          {
            id: 'track.summary.percent',
            message: '完成 {percent}%：{done} / {total} 個步驟',
            description: 'Completion of the track, e.g. "40% complete: 8 of 20 steps"',
          },
          {percent: totals.percent, done: totals.done, total: totals.total},
        )}
      </p>
      <progress
        className={styles.bar}
        max={totals.total}
        value={totals.done}
        aria-label={translate({id: 'track.summary.barLabel', message: '學習路徑完成度', description: 'Accessible name of the track progress bar'})}
      />
      <ol className={styles.steps}>
        {steps.map((step) => {
          const isDone = step.doneAt !== undefined;
          return (
            <li
              key={`${step.kind}:${step.id}`}
              className={clsx(styles.step, isDone && styles.stepDone)}
              data-step={`${step.kind}:${step.id}`}
              data-done={isDone ? 'true' : 'false'}>
              <span className={styles.stepIcon} aria-hidden="true">
                {isDone ? '✓' : '○'}
              </span>
              <span className={styles.stepKind}>{kindLabel(step)}</span>
              <span className={styles.stepLabel}>
                {withLinks && step.href ? <Link to={step.href}>{step.label}</Link> : step.label}
              </span>
              <span className={styles.stepStatus}>
                {isDone
                  ? completedText(step, formatDate(step.doneAt!, locale))
                  : translate({id: 'track.step.notYet', message: '尚未完成', description: 'Status of a step not completed yet'})}
              </span>
            </li>
          );
        })}
      </ol>
    </div>
  );
}

function completedText(step: TrackStep, date: string): string {
  return step.kind === 'exercise'
    ? translate({id: 'track.step.doneOn', message: '{date} 完成', description: 'When an exercise of the track was completed'}, {date})
    : translate({id: 'track.step.readOn', message: '{date} 讀完', description: 'When a page of the track was read to its end'}, {date});
}

function kindLabel(step: TrackStep): string {
  return step.kind === 'exercise'
    ? translate({id: 'track.step.exercise', message: '練習', description: 'Kind of a track step: an exercise'})
    : translate({id: 'track.step.page', message: '章節', description: 'Kind of a track step: a page to read'});
}
