import type {ReactNode} from 'react';
import clsx from 'clsx';
import Link from '@theme-original/DocSidebarItem/Link';
import type LinkType from '@theme/DocSidebarItem/Link';
import type {WrapperProps} from '@docusaurus/types';
import {translate} from '@docusaurus/Translate';
import {useProgress} from '@site/src/progress/useProgress';
import {isDocComplete} from '@site/src/progress/model';

import styles from './styles.module.css';

type Props = WrapperProps<typeof LinkType>;

/** The sidebar link, ticked when its exercise is done or its page read. */
export default function LinkWrapper(props: Props): ReactNode {
  const {progress} = useProgress();
  const {item} = props;
  if (!item.docId || !isDocComplete(item.docId, progress)) return <Link {...props} />;

  const isExercise = item.docId.startsWith('exercises/');
  const label = isExercise
    ? translate({id: 'progress.sidebar.done', message: '{label}（已完成）', description: 'Accessible name of a sidebar link to a completed exercise'}, {label: item.label})
    : translate({id: 'progress.sidebar.read', message: '{label}（已讀）', description: 'Accessible name of a sidebar link to a page read to its end'}, {label: item.label});
  return (
    <Link
      {...props}
      item={{...item, className: clsx(item.className, styles.complete)}}
      aria-label={label}
      title={label}
      data-progress={isExercise ? 'done' : 'read'}
    />
  );
}
