import {useId, type ReactNode} from 'react';
import Translate from '@docusaurus/Translate';

import styles from './styles.module.css';

/**
 * A table of the preview: scrolls sideways inside its own box on a narrow
 * screen (a focusable region, so keyboard users can scroll it too) instead of
 * widening the page.
 */
export default function PreviewTable({
  caption,
  isUnreliable,
  testId,
  children,
}: {
  caption: ReactNode;
  /** Marks the caption: some of the values come from fields in error. */
  isUnreliable: boolean;
  testId: string;
  /** The table's thead, tbody and tfoot. */
  children: ReactNode;
}): ReactNode {
  const captionId = useId();
  return (
    <div
      className={styles.scroll}
      role="region"
      aria-labelledby={captionId}
      tabIndex={0}>
      <table className={styles.table} data-testid={testId}>
        <caption id={captionId} className={styles.caption}>
          {caption}
          {isUnreliable && (
            <span className={styles.badge} data-testid="preview-unreliable">
              <Translate
                id="preview.unreliable"
                description="Marks a table of the live preview whose values come from fields in error">
                {'可能不正確'}
              </Translate>
            </span>
          )}
        </caption>
        {children}
      </table>
    </div>
  );
}

/** A cell for a value the preview cannot give; says so to screen readers. */
export function NoValue({children}: {children?: ReactNode}): ReactNode {
  return (
    <span className={styles.noValue}>
      {children ?? (
        <>
          <span aria-hidden="true">—</span>
          <span className={styles.visuallyHidden}>
            <Translate
              id="preview.noValue"
              description="Read by screen readers for an empty cell of the live preview">
              {'無'}
            </Translate>
          </span>
        </>
      )}
    </span>
  );
}
