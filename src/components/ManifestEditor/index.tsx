import {lazy, Suspense, type ReactNode, type Ref} from 'react';
import BrowserOnly from '@docusaurus/BrowserOnly';
import ErrorBoundary from '@docusaurus/ErrorBoundary';
import CodeBlock from '@theme/CodeBlock';
import Header from './Header';
import {extractCode} from './extractCode';
import type {EditorHandle, EditorState} from './LiveEditor';

export type {EditorHandle, EditorState};

import styles from './styles.module.css';

export interface ManifestEditorProps {
  /** Stable within the page: the key under which the reader's edits are kept. */
  id: string;
  /** Shown above the editor and in its accessible name, e.g. `web.yaml`. */
  title?: string;
  /** Fixed height in px; by default the editor grows with its text. */
  height?: number;
  /** Shows the checker's findings but allows no edits. */
  readOnly?: boolean;
  /** The live object(s), to check the text as an update of them. */
  old?: string;
  /** The manifest, when not given as a child code block. */
  yaml?: string;
  /** A fenced `yaml` code block: the manifest, and the view without JS. */
  children?: ReactNode;
  /** Called after every check with the reader's text and the verdict. */
  onCheck?: (state: EditorState) => void;
  /** Rendered under the problem list from the latest check, in the browser. */
  below?: (state: EditorState) => ReactNode;
  /**
   * Shows what the cluster would hold (Pods, DNS names, claims) under the
   * problem list, above `below`. Default: when the text has a StatefulSet.
   */
  preview?: boolean;
  /**
   * Set once the live editor is ready, to read or replace its text from
   * outside (a page's "load" menu). Null on the server and while loading.
   */
  handleRef?: Ref<EditorHandle>;
}

// Monaco and the checker: fetched only when an editor mounts in the browser.
const LiveEditor = lazy(() => import('./LiveEditor'));

/**
 * A manifest the reader can edit, checked as they type. Rendered on the server
 * (and until Monaco has loaded, or if it fails to) as an ordinary code block.
 */
export default function ManifestEditor({
  id,
  title,
  height,
  readOnly = false,
  old,
  yaml,
  children,
  onCheck,
  below,
  preview,
  handleRef,
}: ManifestEditorProps): ReactNode {
  const original = yaml ?? extractCode(children) ?? '';
  const staticView = (
    <div className={styles.static}>
      <Header title={title} />
      {yaml === undefined && children ? (
        children
      ) : (
        <CodeBlock language="yaml">{original}</CodeBlock>
      )}
    </div>
  );

  return (
    <div className={styles.manifestEditor} data-manifest-editor={id}>
      <BrowserOnly fallback={staticView}>
        {() => (
          <ErrorBoundary fallback={() => staticView}>
            <Suspense fallback={staticView}>
              <LiveEditor
                id={id}
                title={title}
                height={height}
                readOnly={readOnly}
                old={old}
                original={original}
                onCheck={onCheck}
                below={below}
                preview={preview}
                handleRef={handleRef}
              />
            </Suspense>
          </ErrorBoundary>
        )}
      </BrowserOnly>
    </div>
  );
}
