import {useMemo, useState, type ReactNode} from 'react';
import clsx from 'clsx';
import {diffLines} from 'diff';
import CodeBlock from '@theme/CodeBlock';
import {translate} from '@docusaurus/Translate';

import styles from './styles.module.css';

interface Props {
  solution: string;
  /** The reader's current text, to compare the solution with. */
  text: string | undefined;
  /** Shown with the solution: why it is right, or what comes next. */
  explanation?: ReactNode;
}

interface DiffLine {
  kind: 'added' | 'removed' | 'same' | 'skipped';
  /** The line; for `skipped`, how many unchanged lines it stands for. */
  text: string;
}

// Unchanged lines kept around each change; longer runs are folded.
const CONTEXT = 2;

/** The solution on request, as a line diff against the reader's text. */
export default function Solution({solution, text, explanation}: Props): ReactNode {
  const [isOpen, setIsOpen] = useState(false);
  return (
    <section className={styles.solution} data-testid="exercise-solution">
      <h2 className={styles.sectionTitle}>
        {translate({id: 'exercise.solution.title', message: '解答', description: 'Heading of the solution of an exercise'})}
      </h2>
      <button
        type="button"
        className="button button--secondary button--sm"
        aria-expanded={isOpen}
        onClick={() => setIsOpen(!isOpen)}>
        {isOpen
          ? translate({id: 'exercise.solution.hide', message: '隱藏解答', description: 'Button hiding the solution'})
          : translate({id: 'exercise.solution.show', message: '顯示解答', description: 'Button showing the solution'})}
      </button>
      {isOpen && (
        <div className={styles.solutionBody}>
          {text !== undefined && <LineDiff from={text} to={solution} />}
          {explanation}
          <CodeBlock language="yaml" title={translate({id: 'exercise.solution.full', message: '完整解答', description: 'Title of the code block with the whole solution'})}>
            {solution}
          </CodeBlock>
        </div>
      )}
    </section>
  );
}

function LineDiff({from, to}: {from: string; to: string}): ReactNode {
  const lines = useMemo(() => toLines(from, to), [from, to]);
  if (lines.every((line) => line.kind === 'same' || line.kind === 'skipped')) {
    return (
      <p data-testid="exercise-diff-same">
        {translate({id: 'exercise.solution.same', message: '你的內容和解答完全相同。', description: 'Shown instead of a diff when the text equals the solution'})}
      </p>
    );
  }
  return (
    <figure className={styles.diffFigure}>
      <figcaption>
        {translate({
          id: 'exercise.solution.diffCaption',
          message: '和你目前的內容比較：「−」是要刪除的行，「+」是要加上的行。',
          description: 'Caption of the line diff between the reader\'s text and the solution',
        })}
      </figcaption>
      <pre className={styles.diff} data-testid="exercise-diff" tabIndex={0}>
        {lines.map((line, index) => (
          <span key={index} className={clsx(styles.diffLine, styles[line.kind])} data-kind={line.kind}>
            {line.kind === 'skipped'
              ? translate(
                  {
                    id: 'exercise.solution.skipped',
                    message: '⋯ {count} 行沒有變動 ⋯',
                    description: 'Stands for unchanged lines folded in the diff',
                  },
                  {count: line.text},
                )
              : PREFIX[line.kind] + line.text}
            {'\n'}
          </span>
        ))}
      </pre>
    </figure>
  );
}

const PREFIX = {added: '+ ', removed: '− ', same: '  ', skipped: ''} as const;

function toLines(from: string, to: string): DiffLine[] {
  // A missing final newline is not a difference worth showing.
  const withNewline = (text: string) => (text.endsWith('\n') ? text : `${text}\n`);
  const lines = diffLines(withNewline(from), withNewline(to)).flatMap((change) => {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same';
    return change.value
      .slice(0, -1)
      .split('\n')
      .map((text): DiffLine => ({kind, text}));
  });
  return foldUnchanged(lines);
}

function foldUnchanged(lines: DiffLine[]): DiffLine[] {
  const isNearChange = (index: number) =>
    lines
      .slice(Math.max(0, index - CONTEXT), index + CONTEXT + 1)
      .some((line) => line.kind !== 'same');
  const folded: DiffLine[] = [];
  let skipped = 0;
  lines.forEach((line, index) => {
    if (line.kind === 'same' && !isNearChange(index)) {
      skipped++;
      return;
    }
    if (skipped > 0) folded.push({kind: 'skipped', text: String(skipped)});
    skipped = 0;
    folded.push(line);
  });
  if (skipped > 0) folded.push({kind: 'skipped', text: String(skipped)});
  return folded;
}
