import {useEffect, useRef, useState, type ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import type {Localized} from '@site/src/exercises';
import type {Locale} from '@site/src/checker';
import InlineText from './InlineText';

import styles from './styles.module.css';

interface Props {
  hints: ReadonlyArray<Localized>;
  locale: Locale;
}

/** Hints revealed one at a time, each staying once shown. */
export default function Hints({hints, locale}: Props): ReactNode {
  const [shown, setShown] = useState(0);
  const lastHint = useRef<HTMLLIElement>(null);
  const isAllShown = shown === hints.length;

  // The last reveal removes the button that had focus; without this, focus
  // would fall back to the page and a screen reader would lose its place.
  useEffect(() => {
    if (isAllShown && shown > 0 && document.activeElement === document.body) {
      lastHint.current?.focus();
    }
  }, [isAllShown, shown]);

  return (
    <section className={styles.hints} data-testid="exercise-hints">
      <h2 className={styles.sectionTitle}>
        {translate({id: 'exercise.hints.title', message: '提示', description: 'Heading of the hints of an exercise'})}
      </h2>
      <ol className={styles.hintList} aria-live="polite">
        {hints.slice(0, shown).map((hint, index) => (
          <li
            key={index}
            ref={index === shown - 1 ? lastHint : undefined}
            tabIndex={index === shown - 1 ? -1 : undefined}
            data-testid="exercise-hint">
            <InlineText text={hint[locale]} />
          </li>
        ))}
      </ol>
      {shown < hints.length ? (
        <button
          type="button"
          className="button button--secondary button--sm"
          onClick={() => setShown(shown + 1)}>
          {translate(
            {
              id: 'exercise.hints.showNext',
              message: '顯示下一個提示（{next} / {total}）',
              description: 'Button revealing the next hint, e.g. "Show next hint (2 of 3)"',
            },
            {next: shown + 1, total: hints.length},
          )}
        </button>
      ) : (
        <p className={styles.muted}>
          {translate({id: 'exercise.hints.allShown', message: '提示已經全部顯示了。', description: 'Shown once every hint is visible'})}
        </p>
      )}
    </section>
  );
}
