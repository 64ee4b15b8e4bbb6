import type {ReactNode} from 'react';

import styles from './styles.module.css';

/** The editor's title bar; `children` are the toolbar's buttons. */
export default function Header({
  title,
  children,
}: {
  title?: string;
  children?: ReactNode;
}): ReactNode {
  if (title === undefined && !children) return null;
  return (
    <div className={styles.header}>
      {title !== undefined && <span className={styles.title}>{title}</span>}
      {children}
    </div>
  );
}
