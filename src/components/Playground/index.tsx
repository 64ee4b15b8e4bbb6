/**
 * The playground: one big editor with its problem list, the live preview and
 * the controller simulator, plus a load menu, files in and out, and share
 * links. Every way of putting text in (load, file, link) goes through
 * `replaceWith`, which keeps the replaced text so it can be brought back.
 */
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import clsx from 'clsx';
import {useHistory, useLocation} from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type {Locale} from '@site/src/checker';
import ClusterPreview from '@site/src/components/ClusterPreview';
import ManifestEditor, {
  type EditorHandle,
  type EditorState,
} from '@site/src/components/ManifestEditor';
import {DEFAULT_SOURCE, sourceByKey} from '@site/src/playground/examples';
import {
  decodeShareFragment,
  encodeShareFragment,
} from '@site/src/playground/share';
import {isTooLarge, readUpload} from '@site/src/playground/upload';
import Actions from './Actions';
import ShareLink from './ShareLink';
import {isProblem, noticeText, undoHint, type Notice} from './messages';
import {sentenceGap} from '../text/sentenceGap';
import {loadPreviousText, savePreviousText} from './previousText';
import {useEditorHeight} from './useEditorHeight';

import styles from './styles.module.css';

// Fetched with the editor, not with the page.
const ControllerSimulator = lazy(
  () => import('@site/src/components/ControllerSimulator'),
);

/** The editor's id: the key of the reader's saved text. */
export const PLAYGROUND_EDITOR_ID = 'playground';

export default function Playground(): ReactNode {
  const locale = useLocale();
  const handle = useRef<EditorHandle>(null);
  const [state, setState] = useState<EditorState>();
  const [notice, setNotice] = useState<Notice>();
  const [previous, setPrevious] = useState<string>();
  const [fileName, setFileName] = useState(DEFAULT_SOURCE.fileName);
  const [shareUrl, setShareUrl] = useState<string>();
  const height = useEditorHeight();
  const isReady = state !== undefined;

  useEffect(() => setPrevious(loadPreviousText()), []);

  const replaceWith = useCallback(
    (text: string, done: Notice, name?: string) => {
      const editor = handle.current;
      if (!editor) return;
      const current = editor.getText();
      if (current === text) {
        setNotice({kind: 'sameText'});
        return;
      }
      savePreviousText(current);
      setPrevious(current);
      editor.replaceText(text);
      if (name) setFileName(name);
      setShareUrl(undefined);
      setNotice(done);
    },
    [],
  );

  useSharedText(isReady, replaceWith, setNotice);

  const load = (key: string) => {
    const source = sourceByKey(key);
    if (!source) return;
    replaceWith(
      source.yaml[locale],
      {kind: 'loaded', title: source.title[locale]},
      source.fileName,
    );
  };

  const openFile = async (file: File) => {
    if (isTooLarge(file.size)) {
      setNotice({kind: 'problem', problem: 'tooLarge'});
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      setNotice({kind: 'problem', problem: 'readFailed'});
      return;
    }
    const verdict = readUpload(bytes);
    if (!verdict.ok) {
      setNotice({kind: 'problem', problem: verdict.problem});
      return;
    }
    const done: Notice = {kind: 'uploaded', fileName: file.name};
    replaceWith(verdict.text, done, file.name);
  };

  const download = () => {
    const text = handle.current?.getText() ?? '';
    const blob = new Blob([text], {type: 'application/yaml'});
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.click();
    // After the click has started the download.
    window.setTimeout(() => URL.revokeObjectURL(url), 0);
  };

  const share = async () => {
    const text = handle.current?.getText() ?? '';
    const {origin, pathname, search} = window.location;
    const url = `${origin}${pathname}${search}#${encodeShareFragment(text)}`;
    setShareUrl(url);
    try {
      await navigator.clipboard.writeText(url);
      setNotice({kind: 'linkCopied'});
    } catch {
      // No clipboard (an http:// host) or no permission: the field below.
      setNotice({kind: 'linkNotCopied'});
    }
  };

  const restore =
    previous !== undefined && state !== undefined && previous !== state.text
      ? () => replaceWith(previous, {kind: 'restored'})
      : undefined;

  return (
    <div className={styles.playground}>
      <Actions
        locale={locale}
        isReady={isReady}
        onLoad={load}
        onOpenFile={(file) => void openFile(file)}
        onDownload={download}
        onShare={() => void share()}
        onRestore={restore}
      />
      <NoticeBox notice={notice} />
      {shareUrl && <ShareLink url={shareUrl} />}
      <div className={styles.workspace}>
        <div className={styles.editorColumn}>
          <ManifestEditor
            id={PLAYGROUND_EDITOR_ID}
            title={fileName}
            height={height}
            yaml={DEFAULT_SOURCE.yaml[locale]}
            preview={false}
            onCheck={setState}
            handleRef={handle}
          />
        </div>
        {state && (
          <div
            className={styles.resultColumn}
            data-testid="playground-results">
            <ClusterPreview result={state.result} />
            <Suspense fallback={null}>
              <ControllerSimulator result={state.result} headingLevel={2} />
            </Suspense>
          </div>
        )}
      </div>
    </div>
  );
}

/**
 * Opens a share link's text once the editor is ready, and again whenever
 * the fragment changes (a link pasted into the address bar). A broken link
 * only says so: the editor keeps the reader's text.
 */
function useSharedText(
  isReady: boolean,
  replaceWith: (text: string, done: Notice) => void,
  setNotice: (notice: Notice) => void,
): void {
  const location = useLocation();
  const history = useHistory();

  useEffect(() => {
    if (!isReady) return;
    const shared = decodeShareFragment(location.hash);
    if (shared.kind === 'none') return;
    if (shared.kind === 'broken') {
      setNotice({kind: 'problem', problem: 'brokenLink'});
      return;
    }
    replaceWith(shared.text, {kind: 'shared'});
    // The text is now in the editor and saved: a reload must not load the
    // link again over the reader's later edits.
    history.replace({...location, hash: ''});
  }, [isReady, location, history, replaceWith, setNotice]);
}

function NoticeBox({notice}: {notice: Notice | undefined}): ReactNode {
  // One live region, present from the start, so every change is announced.
  return (
    <div
      className={styles.notice}
      aria-live="polite"
      data-testid="playground-notice">
      {notice && (
        <p
          className={clsx(
            'alert',
            isProblem(notice) ? 'alert--danger' : 'alert--info',
          )}
          role={isProblem(notice) ? 'alert' : 'status'}
          data-notice={notice.kind}>
          {noticeText(notice)}
          {hasUndo(notice) && (
            <>
              {sentenceGap(noticeText(notice))}
              {undoHint()}
            </>
          )}
        </p>
      )}
    </div>
  );
}

function hasUndo(notice: Notice): boolean {
  return ['loaded', 'uploaded', 'shared'].includes(notice.kind);
}

function useLocale(): Locale {
  const {i18n} = useDocusaurusContext();
  return i18n.currentLocale === 'en' ? 'en' : 'zh-TW';
}
