import type {ReactNode} from 'react';

import styles from './styles.module.css';

/**
 * A shape per severity, so severity never rests on colour alone (the label
 * beside it says it in words). Decorative: hidden from screen readers.
 */
export default function SeverityIcon({
  severity,
}: {
  severity: 'error' | 'warning' | 'info' | 'none';
}): ReactNode {
  return (
    <svg
      className={styles.icon}
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false">
      {SHAPES[severity]}
    </svg>
  );
}

const SHAPES = {
  // A circle with a cross.
  error: (
    <>
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path d="M5.5 5.5l5 5m0-5l-5 5" stroke="var(--ifm-background-color)" strokeWidth="1.8" strokeLinecap="round" />
    </>
  ),
  // A triangle with an exclamation mark.
  warning: (
    <>
      <path d="M8 1.2L15.2 14.3H0.8z" fill="currentColor" />
      <path d="M8 5.8v4" stroke="var(--ifm-background-color)" strokeWidth="1.8" strokeLinecap="round" />
      <circle cx="8" cy="12.2" r="1" fill="var(--ifm-background-color)" />
    </>
  ),
  // A circle with an "i".
  info: (
    <>
      <circle cx="8" cy="8" r="7" fill="currentColor" />
      <path d="M8 7.2v4.3" stroke="var(--ifm-background-color)" strokeWidth="1.8" strokeLinecap="round" />
      <circle cx="8" cy="4.7" r="1" fill="var(--ifm-background-color)" />
    </>
  ),
  // A tick, for "no problems".
  none: (
    <path d="M2.5 8.5l3.5 3.5 7.5-8" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
  ),
} satisfies Record<string, ReactNode>;
