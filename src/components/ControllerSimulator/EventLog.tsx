import {useEffect, useId, useRef, type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';
import {formatMessage} from '@site/src/simulator';
import type {Locale} from '@site/src/checker';
import type {LogEntry} from './useSimulator';
import {withCode} from './withCode';

import styles from './styles.module.css';

/**
 * What happened, in order, with the reason for each step. A polite live
 * region: a screen reader reads each new line as it arrives.
 */
export default function EventLog({
  log,
  locale,
}: {
  log: LogEntry[];
  locale: Locale;
}): ReactNode {
  const listRef = useRef<HTMLOListElement>(null);
  const headingId = useId();

  // Keeps the newest line in view inside the log's own scroll box; the page
  // itself does not move.
  useEffect(() => {
    const list = listRef.current;
    if (list) list.scrollTop = list.scrollHeight;
  }, [log]);

  return (
    <section className={styles.log}>
      <h4 id={headingId} className={styles.boardHeading}>
        {translate({
          id: 'simulator.log.heading',
          message: '事件紀錄',
          description: 'Heading of the simulator event log',
        })}
      </h4>
      <ol
        ref={listRef}
        className={styles.logList}
        aria-labelledby={headingId}
        aria-live="polite"
        aria-relevant="additions"
        data-testid="simulator-log"
        tabIndex={0}>
        {log.length === 0 && (
          <li className={styles.logEmpty}>
            {translate({
              id: 'simulator.log.empty',
              message:
                '還沒有事件。選一個動作，再按「下一步」或「播放到結束」。',
              description: 'Shown in the simulator log before anything happened',
            })}
          </li>
        )}
        {log.map(({id, step, event}) => (
          <li
            key={id}
            className={clsx(styles.logEntry, styles[`kind-${event.kind}`])}
            data-kind={event.kind}
            data-message-id={event.messageId}
            data-pod={event.pod}>
            <span className={styles.logStep} aria-hidden={step === undefined}>
              {step ?? (event.kind === 'action' ? '▸' : '■')}
            </span>
            <span>{withCode(formatMessage(event, locale))}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
