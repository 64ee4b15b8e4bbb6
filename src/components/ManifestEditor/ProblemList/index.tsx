import type {ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@docusaurus/Link';
import {translate} from '@docusaurus/Translate';
import {useBaseUrlUtils} from '@docusaurus/useBaseUrl';
import type {Diagnostic, Severity} from '@site/src/checker';
import SeverityIcon from './SeverityIcon';

import styles from './styles.module.css';

interface Props {
  diagnostics: readonly Diagnostic[];
  /** Moves the editor's cursor to the diagnostic and focuses the editor. */
  onSelect: (diagnostic: Diagnostic) => void;
  /** Applies the diagnostic's fix; absent when the editor is read-only. */
  onFix?: (diagnostic: Diagnostic) => void;
}

/**
 * The checker's findings as text under the editor: what the squiggles say, for
 * readers who cannot see or point at them. A polite live region, so a screen
 * reader announces a problem when an edit causes it.
 */
export default function ProblemList({
  diagnostics,
  onSelect,
  onFix,
}: Props): ReactNode {
  const heading =
    diagnostics.length === 0
      ? translate({
          id: 'editor.problems.none',
          message: '沒有發現問題。',
          description: 'Shown under the manifest editor when the checker finds nothing',
        })
      : translate(
          {
            id: 'editor.problems.heading',
            message: '問題（{count}）',
            description: 'Heading of the problem list under the manifest editor',
          },
          {count: diagnostics.length},
        );

  return (
    <section
      className={styles.problems}
      aria-live="polite"
      data-testid="problem-list">
      <p
        className={clsx(
          styles.heading,
          diagnostics.length === 0 && styles.headingNone,
        )}>
        {diagnostics.length === 0 && <SeverityIcon severity="none" />}
        {heading}
      </p>
      {diagnostics.length > 0 && (
        <ul className={styles.list}>
          {diagnostics.map((diagnostic) => (
            <ProblemItem
              // Stable across edits elsewhere, so a screen reader announces
              // only problems that are new, not every one that moved.
              key={`${diagnostic.ruleId}|${diagnostic.path}|${diagnostic.message}`}
              diagnostic={diagnostic}
              onSelect={onSelect}
              onFix={onFix}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function ProblemItem({
  diagnostic,
  onSelect,
  onFix,
}: {diagnostic: Diagnostic} & Omit<Props, 'diagnostics'>): ReactNode {
  const {withBaseUrl} = useBaseUrlUtils();
  const {line, column, fix} = diagnostic;

  return (
    <li
      className={clsx(styles.item, styles[diagnostic.severity])}
      data-rule-id={diagnostic.ruleId}
      data-severity={diagnostic.severity}
      data-line={line}>
      <span className={styles.severity}>
        <SeverityIcon severity={diagnostic.severity} />
        {severityLabel(diagnostic.severity)}
      </span>
      <button
        type="button"
        className={styles.locate}
        onClick={() => onSelect(diagnostic)}>
        <span className={styles.message}>
          {withCode(diagnostic.message)}
        </span>{' '}
        <span className={styles.position} aria-hidden="true">
          {line}:{column}
        </span>
        <span className={styles.visuallyHidden}>
          {translate(
            {
              id: 'editor.problems.position',
              message: '（第 {line} 行，第 {column} 欄）',
              description:
                'Position of a problem, read by screen readers instead of "line:column"',
            },
            {line, column},
          )}
        </span>
      </button>
      <span className={styles.actions}>
        <Link
          className={styles.rule}
          to={withBaseUrl(diagnostic.docPath)}
          title={translate({
            id: 'editor.problems.ruleLinkTitle',
            message: '閱讀這條規則的說明',
            description: 'Tooltip of the rule id link in the problem list',
          })}>
          {diagnostic.ruleId}
        </Link>
        {fix && onFix && (
          <button
            type="button"
            className={clsx(
              'button button--sm button--outline button--primary',
              styles.fix,
            )}
            onClick={() => onFix(diagnostic)}>
            {withCode(fix.title)}
          </button>
        )}
      </span>
    </li>
  );
}

/**
 * The checker writes field names and values in backticks, as Markdown code.
 * They become <code> elements; everything stays React text, never HTML, as
 * the values come from the reader's manifest.
 */
function withCode(message: string): ReactNode[] {
  return message
    .split(/`([^`\n]+)`/)
    .map((part, index) =>
      index % 2 === 1 ? <code key={index}>{part}</code> : part,
    );
}

function severityLabel(severity: Severity): string {
  switch (severity) {
    case 'error':
      return translate({
        id: 'editor.severity.error',
        message: '錯誤',
        description: 'Severity of a problem that the API server would reject',
      });
    case 'warning':
      return translate({
        id: 'editor.severity.warning',
        message: '警告',
        description: 'Severity of a problem that works but misbehaves',
      });
    case 'info':
      return translate({
        id: 'editor.severity.info',
        message: '資訊',
        description: 'Severity of a remark that is not a problem',
      });
  }
}
