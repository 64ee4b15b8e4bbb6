import {useEffect, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {translate} from '@docusaurus/Translate';

import styles from './styles.module.css';

interface Props {
  /** Restores the original text; absent when the editor is read-only. */
  onReset?: () => void;
  /** Resolves once the text is on the clipboard. */
  onCopy: () => Promise<void>;
}

type Feedback = 'reset' | 'copied' | 'copyFailed' | undefined;

// Long enough to read, short enough not to describe a stale state.
const FEEDBACK_MS = 2500;

export default function Toolbar({onReset, onCopy}: Props): ReactNode {
  const [feedback, setFeedback] = useState<Feedback>();

  useEffect(() => {
    if (!feedback) return undefined;
    const timer = window.setTimeout(() => setFeedback(undefined), FEEDBACK_MS);
    return () => window.clearTimeout(timer);
  }, [feedback]);

  return (
    <div className={styles.toolbar}>
      {/* Announced by screen readers; the buttons keep their names. */}
      <span className={styles.feedback} role="status">
        {feedback && feedbackText(feedback)}
      </span>
      {onReset && (
        <button
          type="button"
          className={clsx('button button--sm button--secondary', styles.button)}
          onClick={() => {
            onReset();
            setFeedback('reset');
          }}>
          {translate({
            id: 'editor.toolbar.reset',
            message: '重設',
            description: 'Button that puts the original manifest back into the editor',
          })}
        </button>
      )}
      <button
        type="button"
        className={clsx('button button--sm button--secondary', styles.button)}
        onClick={() =>
          onCopy().then(
            () => setFeedback('copied'),
            () => setFeedback('copyFailed'),
          )
        }>
        {translate({
          id: 'editor.toolbar.copy',
          message: '複製',
          description: "Button that copies the editor's text to the clipboard",
        })}
      </button>
    </div>
  );
}

function feedbackText(feedback: NonNullable<Feedback>): string {
  switch (feedback) {
    case 'reset':
      return translate({
        id: 'editor.toolbar.resetDone',
        message: '已重設為原始內容（Ctrl+Z 或 ⌘Z 可復原）',
        description: 'Shown after Reset; the reader can undo it in the editor',
      });
    case 'copied':
      return translate({
        id: 'editor.toolbar.copied',
        message: '已複製',
        description: 'Shown after Copy succeeded',
      });
    case 'copyFailed':
      return translate({
        id: 'editor.toolbar.copyFailed',
        message: '無法複製：請在編輯器中全選後按 Ctrl+C',
        description: 'Shown when the browser refused clipboard access',
      });
  }
}
