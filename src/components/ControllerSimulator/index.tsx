import {useEffect, useId, useMemo, useState, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {CheckResult, Locale} from '@site/src/checker';
import {
  findStatefulSets,
  formatMessage,
  readStatefulSet,
  type SimSpec,
  type SpecNote,
} from '@site/src/simulator';
import Controls, {Button} from './Controls';
import EventLog from './EventLog';
import PodBoard from './PodBoard';
import {useSimulator, type StartFrom} from './useSimulator';
import {withCode} from './withCode';

import styles from './styles.module.css';

export interface ControllerSimulatorProps {
  /** The checker's verdict on the reader's YAML (ManifestEditor's state). */
  result: CheckResult;
  /** The heading's level: 3 inside a chapter's section, 2 on a page's top level. */
  headingLevel?: 2 | 3;
}

// Slow enough to follow one Pod at a time, fast enough not to bore.
const PLAY_INTERVAL_MS = 600;

/**
 * A step-through of the StatefulSet controller, driven by the first
 * StatefulSet in the reader's YAML: its Pods and claims, what the reader can
 * do to them, and a log that says what happened at each step and why.
 * Editing the YAML starts the simulation over from the new settings.
 */
export default function ControllerSimulator({
  result,
  headingLevel = 3,
}: ControllerSimulatorProps): ReactNode {
  const locale = useLocale();
  const errorCount = result.diagnostics.filter(
    (diagnostic) => diagnostic.severity === 'error',
  ).length;
  const [object, ...others] = findStatefulSets(result.objects);
  const read = useMemo(
    () => (object ? readStatefulSet(object) : undefined),
    [object],
  );
  const specKey = read ? JSON.stringify(read.spec) : '';

  let body: ReactNode;
  if (errorCount > 0) {
    body = (
      <p className={styles.unavailable}>
        {translate(
          {
            id: 'simulator.unavailable.errors',
            message:
              'YAML 有 {count} 個錯誤，API 伺服器不會接受它。請先修正上方列出的錯誤，模擬器才能執行。',
            description: 'Shown instead of the simulator while the YAML has errors',
          },
          {count: errorCount},
        )}
      </p>
    );
  } else if (!read) {
    body = (
      <p className={styles.unavailable}>
        {withCode(
          translate({
            id: 'simulator.unavailable.noStatefulSet',
            message:
              'YAML 裡沒有 StatefulSet（`apiVersion: apps/v1`、`kind: StatefulSet`），沒有東西可以模擬。',
            description: 'Shown instead of the simulator when the YAML has no StatefulSet',
          }),
        )}
      </p>
    );
  } else {
    body = (
      <Simulator
        key={specKey}
        spec={read.spec}
        notes={read.notes}
        locale={locale}
        hasOthers={others.length > 0}
      />
    );
  }

  return <Frame headingLevel={headingLevel}>{body}</Frame>;
}

function Frame({
  headingLevel,
  children,
}: {
  headingLevel: 2 | 3;
  children: ReactNode;
}): ReactNode {
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <section
      className={styles.simulator}
      aria-labelledby={headingId}
      data-testid="controller-simulator">
      <Heading id={headingId} className={styles.title}>
        {translate({
          id: 'simulator.title',
          message: '控制器模擬器',
          description: 'Heading of the StatefulSet controller simulator',
        })}
      </Heading>
      {children}
    </section>
  );
}

function Simulator({
  spec,
  notes,
  locale,
  hasOthers,
}: {
  spec: SimSpec;
  notes: SpecNote[];
  locale: Locale;
  hasOthers: boolean;
}): ReactNode {
  const [state, dispatch] = useSimulator(spec);
  const [isPlaying, setIsPlaying] = useState(false);
  const {simulation, status} = state;
  const isFinished = status === 'settled' || status === 'stuck';
  const startId = useId();

  // Play: one step per tick until nothing moves.
  useEffect(() => {
    if (!isPlaying) return undefined;
    if (isFinished) {
      setIsPlaying(false);
      return undefined;
    }
    const timer = window.setTimeout(
      () => dispatch({type: 'step'}),
      PLAY_INTERVAL_MS,
    );
    return () => window.clearTimeout(timer);
  }, [isPlaying, isFinished, state, dispatch]);

  const play = () => {
    if (isPlaying) {
      setIsPlaying(false);
    } else if (prefersReducedMotion()) {
      dispatch({type: 'run'});
    } else {
      dispatch({type: 'step'});
      setIsPlaying(true);
    }
  };

  return (
    <>
      <p className={styles.summary}>
        {withCode(
          translate(
            {
              id: 'simulator.summary',
              message:
                '模擬 `{name}`：`replicas: {replicas}`、`{policy}`、`{strategy}`、`whenScaled: {whenScaled}`、`whenDeleted: {whenDeleted}`。',
              description: 'The simulated StatefulSet and its settings',
            },
            {
              name: simulation.spec.name,
              replicas: simulation.spec.replicas,
              policy: simulation.spec.podManagementPolicy,
              strategy:
                simulation.spec.updateStrategy === 'OnDelete'
                  ? 'OnDelete'
                  : `RollingUpdate, partition: ${simulation.spec.partition}`,
              whenScaled: simulation.spec.whenScaled,
              whenDeleted: simulation.spec.whenDeleted,
            },
          ),
        )}
        {hasOthers &&
          ` ${translate({
            id: 'simulator.summary.first',
            message: '（YAML 裡有好幾個 StatefulSet，這裡模擬第一個。）',
            description: 'Added to the summary when the YAML has several StatefulSets',
          })}`}
      </p>
      {notes.length > 0 && (
        <ul className={styles.notes}>
          {notes.map((note) => (
            <li key={note.messageId}>{withCode(formatMessage(note, locale))}</li>
          ))}
        </ul>
      )}

      <Controls
        simulation={simulation}
        policy={state.policy}
        onAction={(action) => dispatch({type: 'act', action})}
        onPolicy={(policy) => {
          setIsPlaying(false);
          dispatch({type: 'reset', policy});
        }}
      />

      <div className={styles.runBar}>
        <Button
          variant="primary"
          disabled={isPlaying}
          onClick={() => dispatch({type: 'step'})}>
          {translate({
            id: 'simulator.run.step',
            message: '下一步',
            description: 'Button that advances the simulation by one event',
          })}
        </Button>
        <Button variant="primary" onClick={play}>
          {isPlaying
            ? translate({
                id: 'simulator.run.pause',
                message: '暫停',
                description: 'Button that pauses the playing simulation',
              })
            : translate({
                id: 'simulator.run.play',
                message: '播放到結束',
                description: 'Button that plays the simulation until nothing moves',
              })}
        </Button>
        <Button
          onClick={() => {
            setIsPlaying(false);
            dispatch({type: 'reset'});
          }}>
          {translate({
            id: 'simulator.run.reset',
            message: '重新開始',
            description: 'Button that starts the simulation over',
          })}
        </Button>
        <label className={styles.field} htmlFor={startId}>
          {translate({
            id: 'simulator.run.from',
            message: '起點',
            description: 'Label of the starting point picker',
          })}
          <select
            id={startId}
            value={state.from}
            onChange={(event) => {
              setIsPlaying(false);
              dispatch({type: 'reset', from: event.target.value as StartFrom});
            }}>
            <option value="running">
              {translate({
                id: 'simulator.run.fromRunning',
                message: '所有 Pod 都在執行',
                description: 'Starting point: every Pod exists and is Ready',
              })}
            </option>
            <option value="empty">
              {translate({
                id: 'simulator.run.fromEmpty',
                message: '剛建立 StatefulSet，還沒有 Pod',
                description: 'Starting point: the StatefulSet was just created',
              })}
            </option>
          </select>
        </label>
        <span className={styles.status} data-status={status}>
          {statusText(status, simulation.stepCount)}
        </span>
      </div>

      <PodBoard simulation={simulation} />
      <EventLog log={state.log} locale={locale} />
    </>
  );
}

function statusText(status: string, steps: number): string {
  switch (status) {
    case 'settled':
      return translate(
        {
          id: 'simulator.status.settled',
          message: '第 {steps} 步：完成',
          description: 'Simulation status when nothing more will happen',
        },
        {steps},
      );
    case 'stuck':
      return translate(
        {
          id: 'simulator.status.stuck',
          message: '第 {steps} 步：卡住了',
          description: 'Simulation status when the controller waits forever',
        },
        {steps},
      );
    default:
      return translate(
        {
          id: 'simulator.status.steps',
          message: '第 {steps} 步',
          description: 'Simulation status: how many steps so far',
        },
        {steps},
      );
  }
}

function prefersReducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

function useLocale(): Locale {
  const {i18n} = useDocusaurusContext();
  return i18n.currentLocale === 'en' ? 'en' : 'zh-TW';
}
