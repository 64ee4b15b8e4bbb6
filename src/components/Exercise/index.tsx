import {useCallback, useEffect, useMemo, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {translate} from '@docusaurus/Translate';
import type {CheckResult, Locale} from '@site/src/checker';
import {EXERCISES, exerciseById, type Exercise as ExerciseData} from '@site/src/exercises';
import ManifestEditor, {type EditorState} from '@site/src/components/ManifestEditor';
import {markExerciseDone} from '@site/src/progress/store';
import {useProgress} from '@site/src/progress/useProgress';
import {useDocPath} from '@site/src/progress/useDocPath';
import {useSidebarDocs} from '@site/src/progress/sidebar';
import GoalList from './GoalList';
import Hints from './Hints';
import InlineText from './InlineText';
import Solution from './Solution';

import styles from './styles.module.css';

interface Props {
  /** An id from src/exercises/index.ts. */
  id: string;
}

/**
 * One exercise: its scenario, the goals checked as the reader types, hints,
 * the solution, and a done state that is saved in the browser's progress.
 */
export default function Exercise({id}: Props): ReactNode {
  const exercise = exerciseById(id);
  if (!exercise) {
    // A page naming an exercise that does not exist is the site's bug.
    throw new Error(`No exercise "${id}": add src/exercises/${id}.ts and list it in src/exercises/index.ts.`);
  }
  return <ExerciseView exercise={exercise} />;
}

function ExerciseView({exercise}: {exercise: ExerciseData}): ReactNode {
  const locale = useLocale();
  const [state, setState] = useState<EditorState>();
  const {progress, status} = useProgress();
  const verdicts = useMemo(
    () => (state ? judge(exercise, state.result) : undefined),
    [exercise, state],
  );
  const isDone = verdicts?.every(Boolean) === true;
  const doneAt = progress.exercises[exercise.id];

  useEffect(() => {
    if (isDone) markExerciseDone(exercise.id);
  }, [isDone, exercise.id]);

  const onCheck = useCallback((next: EditorState) => setState(next), []);

  return (
    <div className={styles.exercise} data-exercise={exercise.id} data-done={isDone ? 'true' : 'false'}>
      <section className={styles.scenario}>
        <h2 className={styles.sectionTitle}>
          {translate({id: 'exercise.scenario.title', message: '情境', description: 'Heading of the scenario of an exercise'})}
        </h2>
        <p>
          <InlineText text={exercise.scenario[locale]} />
        </p>
        {exercise.old !== undefined && (
          <p className={styles.muted}>
            {translate({
              id: 'exercise.scenario.updateMode',
              message: '這個練習是更新模式：你的內容會被當成叢集上現有物件的更新來檢查，就像 kubectl apply 一樣。',
              description: 'Shown on exercises whose text is checked as an update of live objects',
            })}
          </p>
        )}
        <ChapterLink docId={exercise.chapter} />
      </section>

      <GoalList goals={exercise.goals} verdicts={verdicts} locale={locale} />

      <ManifestEditor
        id={`exercise-${exercise.id}`}
        title={`${exercise.id}.yaml`}
        yaml={exercise.start}
        old={exercise.old}
        onCheck={onCheck}
      />

      <DoneState exercise={exercise} isDone={isDone} doneAt={doneAt} locale={locale} />
      {status === 'unavailable' && (
        <p className={styles.warning} role="status">
          {translate({
            id: 'exercise.progress.unavailable',
            message: '這個瀏覽器不允許本站儲存資料，所以完成的練習不會被記住。練習本身照常可以做。',
            description: 'Shown when localStorage is blocked or full',
          })}
        </p>
      )}

      <Hints hints={exercise.hints} locale={locale} />
      <Solution
        solution={exercise.solution}
        text={state?.text}
        explanation={
          exercise.explanation && (
            <p>
              <InlineText text={exercise.explanation[locale]} />
            </p>
          )
        }
      />
    </div>
  );
}

function DoneState({
  exercise,
  isDone,
  doneAt,
  locale,
}: {
  exercise: ExerciseData;
  isDone: boolean;
  doneAt: string | undefined;
  locale: Locale;
}): ReactNode {
  const index = EXERCISES.indexOf(exercise);
  const next = EXERCISES[index + 1];
  const nextPath = useDocPath(next && `exercises/${next.id}`);
  const trackPath = useDocPath('track');

  if (!isDone) {
    if (!doneAt) return null;
    return (
      <p className={styles.muted} data-testid="exercise-done-before">
        {translate(
          {
            id: 'exercise.done.earlier',
            message: '你在 {date} 完成過這個練習。',
            description: 'Shown when the reader completed the exercise before but the text no longer meets every goal',
          },
          {date: formatDate(doneAt, locale)},
        )}
      </p>
    );
  }
  return (
    <div className={clsx('alert alert--success', styles.done)} data-testid="exercise-done" role="status">
      <p className={styles.doneTitle}>
        <span aria-hidden="true">✓ </span>
        {translate({id: 'exercise.done.title', message: '完成了！每個目標都達成了。', description: 'Shown when every goal of the exercise holds'})}
      </p>
      {exercise.explanation && (
        <p>
          <InlineText text={exercise.explanation[locale]} />
        </p>
      )}
      <p className={styles.doneLinks}>
        {next && nextPath && (
          <Link to={nextPath}>
            {translate(
              {id: 'exercise.done.next', message: '下一個練習：{title}', description: 'Link to the next exercise of the track'},
              {title: next.title[locale]},
            )}
          </Link>
        )}
        {trackPath && (
          <Link to={trackPath}>
            {translate({id: 'exercise.done.track', message: '回到學習路徑', description: 'Link back to the onboarding track page'})}
          </Link>
        )}
      </p>
    </div>
  );
}

function ChapterLink({docId}: {docId: string | undefined}): ReactNode {
  const chapter = useSidebarDocs().find((doc) => doc.docId === docId);
  if (!chapter) return null;
  return (
    <p className={styles.muted}>
      {translate({id: 'exercise.scenario.chapter', message: '相關章節：', description: 'Before the link from an exercise to the chapter that teaches it'})}
      <Link to={chapter.href}>{chapter.label}</Link>
    </p>
  );
}

// A goal that throws on an odd text counts as not met instead of breaking the page.
function judge(exercise: ExerciseData, result: CheckResult): boolean[] {
  return exercise.goals.map((goal) => {
    try {
      return goal.holds(result);
    } catch {
      return false;
    }
  });
}

export function formatDate(iso: string, locale: Locale): string {
  return new Date(iso).toLocaleDateString(locale === 'en' ? 'en' : 'zh-TW', {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  });
}

function useLocale(): Locale {
  const {i18n} = useDocusaurusContext();
  return i18n.currentLocale === 'en' ? 'en' : 'zh-TW';
}
