/**
 * The interactive editor: Monaco, the checker and the problem list. Loaded by
 * `React.lazy` from ../index.tsx, in the browser only, so all of this stays
 * out of the server render and out of pages without an editor.
 */
import {
  use,
  useDeferredValue,
  useEffect,
  useImperativeHandle,
  useMemo,
  useRef,
  useState,
  type ReactNode,
  type Ref,
} from 'react';
import type {editor} from 'monaco-editor/editor';
import {useLocation} from '@docusaurus/router';
import {useBaseUrlUtils} from '@docusaurus/useBaseUrl';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useColorMode} from '@docusaurus/theme-common';
import {translate} from '@docusaurus/Translate';
import {
  type CheckResult,
  type Diagnostic,
  type Locale,
} from '@site/src/checker';
import Header from '../Header';
import ProblemList from '../ProblemList';
import Toolbar from '../Toolbar';
import {loadMonaco} from '../monaco/load';
import {DARK_THEME, LIGHT_THEME} from '../monaco/themes';
import {
  MARKER_OWNER,
  registerQuickFixes,
  setMarkers,
  toEditOperation,
} from '../monaco/diagnostics';
import {openSavedEdits} from '../savedEdits';
import {
  MAIN_THREAD_LIMIT,
  createCheckScheduler,
} from '../checking/scheduler';

/** How long a large text waits after the last keystroke to be saved. */
const SAVE_DELAY_MS = 1000;
import {
  EDITOR_OPTIONS,
  clampHeight,
  estimateHeight,
  letEscapeReleaseTab,
  narrowScreenOptions,
} from './editorOptions';
import {exposeForTests} from './testHandle';
import ClusterPreview from '../../ClusterPreview';

import styles from './styles.module.css';

export interface LiveEditorProps {
  id: string;
  title?: string;
  height?: number;
  readOnly: boolean;
  old?: string;
  original: string;
  /** Called after every check, with the text and the checker's result. */
  onCheck?: (state: EditorState) => void;
  /** Rendered under the problem list from the latest check (e.g. a preview). */
  below?: (state: EditorState) => ReactNode;
  /**
   * Shows what the cluster would hold under the problem list. Default: when
   * the original or the current text has a StatefulSet.
   */
  preview?: boolean;
  /** Set while the editor is ready: see ManifestEditorProps.handleRef. */
  handleRef?: Ref<EditorHandle>;
}

/** What a page may do with a ready editor's text. */
export interface EditorHandle {
  getText(): string;
  /** Replaces the whole text as one edit, so Ctrl+Z brings the old back. */
  replaceText(text: string): void;
}

/** What the editor holds after a check: the reader's text and its verdict. */
export interface EditorState {
  text: string;
  result: CheckResult;
}

export default function LiveEditor({
  id,
  title,
  height,
  readOnly,
  old,
  original,
  onCheck,
  below,
  preview,
  handleRef,
}: LiveEditorProps): ReactNode {
  const locale = useLocale();
  // Suspends (showing the static code block) until Monaco has loaded.
  const monaco = use(loadMonaco(locale));
  const {colorMode} = useColorMode();
  const {pathname} = useLocation();
  const {withBaseUrl} = useBaseUrlUtils();

  const containerRef = useRef<HTMLDivElement>(null);
  const editorRef = useRef<editor.IStandaloneCodeEditor | null>(null);
  const diagnosticsRef = useRef<readonly Diagnostic[]>([]);
  const runCheckRef = useRef<() => void>(() => {});
  const isCheckedRef = useRef<() => boolean>(() => false);
  const [diagnostics, setDiagnostics] = useState<readonly Diagnostic[]>([]);
  const [state, setState] = useState<EditorState | undefined>(undefined);
  const [isReady, setIsReady] = useState(false);
  const [isModified, setIsModified] = useState(false);
  const [isRestored, setIsRestored] = useState(false);
  const [isStorageBroken, setIsStorageBroken] = useState(false);
  const [contentHeight, setContentHeight] = useState(() =>
    estimateHeight(original),
  );

  const ariaLabel = useAriaLabel(title);
  const showsPreview = useShowsPreview(preview, original, state);
  // The problem list answers a keystroke first; the preview and whatever the
  // page renders below (an exercise's goals) follow in a render of their own,
  // which React may put after the frame that shows the list.
  const laterState = useDeferredValue(state);
  const theme = colorMode === 'dark' ? DARK_THEME : LIGHT_THEME;

  // Monaco's callbacks are registered once; they read the latest props here.
  const latest = useRef({locale, old, withBaseUrl, onCheck});
  latest.current = {locale, old, withBaseUrl, onCheck};

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return undefined;

    const savedEdits = readOnly
      ? undefined
      : openSavedEdits(pathname, id, original);
    const saved = savedEdits?.load();
    const model = monaco.editor.createModel(saved ?? original, 'yaml');
    const instance = monaco.editor.create(container, {
      ...EDITOR_OPTIONS,
      ...narrowScreenOptions(),
      model,
      readOnly,
      ariaLabel,
      theme,
    });
    editorRef.current = instance;
    const testHandle = exposeForTests(id, instance);

    // The version of the text that diagnosticsRef describes: a large text is
    // checked in a worker, so for a moment the diagnostics may be older than
    // the text, and their quick fixes' ranges must not be applied to it.
    let requestedVersion = model.getVersionId();
    let checkedVersion = -1;
    const isChecked = () => model.getVersionId() === checkedVersion;

    const scheduler = createCheckScheduler(({text, result, ranIn}) => {
      const {withBaseUrl: toUrl, onCheck: notify} = latest.current;
      checkedVersion = requestedVersion;
      diagnosticsRef.current = result.diagnostics;
      setMarkers(monaco, model, result.diagnostics, (docPath) =>
        new URL(toUrl(docPath), window.location.href).toString(),
      );
      setDiagnostics(result.diagnostics);
      setState({text, result});
      notify?.({text, result});
      setIsModified(text !== original);
      testHandle.recordCheck(ranIn);
    });

    const runCheck = () => {
      const text = model.getValue();
      const {locale: current, old: live} = latest.current;
      requestedVersion = model.getVersionId();
      scheduler.request(text, {locale: current, old: live});
      return text;
    };
    isCheckedRef.current = isChecked;
    runCheckRef.current = runCheck;
    runCheck();
    setIsRestored(saved !== undefined);
    setIsStorageBroken(savedEdits?.isAvailable === false);

    // Saving 1 MB into localStorage takes tens of milliseconds, so a large
    // text is saved a moment after the last keystroke, and before the page
    // goes away, instead of on every keystroke.
    let pendingSave: ReturnType<typeof setTimeout> | undefined;
    const saveNow = () => {
      clearTimeout(pendingSave);
      pendingSave = undefined;
      if (!savedEdits || model.isDisposed()) return;
      savedEdits.save(model.getValue());
      setIsStorageBroken(!savedEdits.isAvailable);
    };
    const saveSoon = (text: string) => {
      if (text.length <= MAIN_THREAD_LIMIT) saveNow();
      else pendingSave ??= setTimeout(saveNow, SAVE_DELAY_MS);
    };
    const flushSave = () => {
      if (pendingSave !== undefined) saveNow();
    };
    window.addEventListener('pagehide', flushSave);

    const disposables = [
      model.onDidChangeContent(() => saveSoon(runCheck())),
      {dispose: () => window.removeEventListener('pagehide', flushSave)},
      {dispose: flushSave},
      registerQuickFixes(monaco, model, () =>
        isChecked() ? diagnosticsRef.current : [],
      ),
      instance.onDidContentSizeChange((event) =>
        setContentHeight(event.contentHeight),
      ),
      ...letEscapeReleaseTab(monaco, instance),
      testHandle,
      scheduler,
    ];
    setIsReady(true);

    return () => {
      setIsReady(false);
      runCheckRef.current = () => {};
      isCheckedRef.current = () => false;
      editorRef.current = null;
      for (const disposable of disposables) disposable.dispose();
      instance.dispose();
      model.dispose();
    };
    // ariaLabel and theme have effects of their own below: recreating the
    // editor for them would lose the reader's undo history.
  }, [monaco, id, original, pathname, readOnly]);

  useEffect(() => {
    editorRef.current?.updateOptions({ariaLabel});
  }, [ariaLabel]);

  // One theme for all editors: Monaco's theme is global, as is the site's.
  useEffect(() => {
    monaco.editor.setTheme(theme);
  }, [monaco, theme]);

  // A new live object changes what the update checks say.
  useEffect(() => {
    runCheckRef.current();
  }, [old, locale]);

  const focusAt = (diagnostic: Diagnostic) => {
    const instance = editorRef.current;
    if (!instance) return;
    const position = {lineNumber: diagnostic.line, column: diagnostic.column};
    instance.setPosition(position);
    instance.revealPositionInCenterIfOutsideViewport(position);
    instance.focus();
  };

  const applyFix = (diagnostic: Diagnostic) => {
    const instance = editorRef.current;
    // A fix's ranges hold only for the text it was computed from.
    if (!instance || !diagnostic.fix) return;
    if (!isCheckedRef.current()) return;
    if (!diagnosticsRef.current.includes(diagnostic)) return;
    instance.pushUndoStop();
    instance.executeEdits(
      MARKER_OWNER,
      diagnostic.fix.edits.map(toEditOperation),
    );
    instance.pushUndoStop();
    instance.focus();
  };

  // An edit, not setValue(): Ctrl+Z brings the reader's text back.
  const replaceText = (text: string) => {
    const instance = editorRef.current;
    const model = instance?.getModel();
    if (!instance || !model) return;
    instance.pushUndoStop();
    instance.executeEdits('replace', [
      {range: model.getFullModelRange(), text},
    ]);
    instance.pushUndoStop();
    // The text on screen is no longer the edits restored at load.
    setIsRestored(false);
  };
  const reset = () => replaceText(original);

  useImperativeHandle(
    handleRef,
    () => ({
      getText: () => editorRef.current?.getValue() ?? '',
      replaceText,
    }),
    // replaceText reads only refs, so one handle serves the editor's life.
    [],
  );

  const copy = async () => {
    const text = editorRef.current?.getValue();
    if (text === undefined) throw new Error('The editor is not ready.');
    await navigator.clipboard.writeText(text);
  };

  return (
    <div className={styles.liveEditor} data-state={isReady ? 'ready' : 'loading'}>
      <Header title={title}>
        <Toolbar onReset={readOnly ? undefined : reset} onCopy={copy} />
      </Header>
      <div
        ref={containerRef}
        className={styles.editorBox}
        style={{height: height ?? clampHeight(contentHeight)}}
      />
      <div className={styles.notes} aria-live="polite">
        {isStorageBroken && (
          <p className={styles.warning}>
            {translate({
              id: 'editor.storage.unavailable',
              message:
                '這個瀏覽器不允許本頁儲存資料：重新載入或離開頁面後，你的修改不會保留。',
              description:
                'Shown when localStorage is blocked or full, so edits are not saved',
            })}
          </p>
        )}
        {isRestored && isModified && (
          <p>
            {translate({
              id: 'editor.storage.restored',
              message:
                '這是你先前在這個瀏覽器中的修改；按「重設」可回到原始內容。',
              description: 'Shown when saved edits were loaded into the editor',
            })}
          </p>
        )}
        {!readOnly && (
          <p className={styles.hint}>
            {translate({
              id: 'editor.keyboardHint',
              message:
                'Tab 鍵會縮排；要用鍵盤離開編輯器，請先按 Esc 再按 Tab。',
              description: 'Visible keyboard help under the manifest editor',
            })}
          </p>
        )}
      </div>
      <ProblemList
        diagnostics={diagnostics}
        onSelect={focusAt}
        onFix={readOnly ? undefined : applyFix}
      />
      {showsPreview && laterState && (
        <ClusterPreview result={laterState.result} />
      )}
      {below && laterState && below(laterState)}
    </div>
  );
}

/**
 * Whether the editor shows the cluster preview. Once shown it stays, so that
 * a syntax error, which hides the StatefulSet from the checker, is answered
 * with the preview's "cannot show" rather than with the preview vanishing.
 */
function useShowsPreview(
  preview: boolean | undefined,
  original: string,
  state: EditorState | undefined,
): boolean {
  const hasShown = useRef(false);
  const originalHasStatefulSet = useMemo(
    () => /^\s*kind:\s*["']?StatefulSet["']?\s*(#.*)?$/m.test(original),
    [original],
  );
  if (preview !== undefined) return preview;
  if (
    originalHasStatefulSet ||
    state?.result.objects.some((object) => object.kind === 'StatefulSet')
  ) {
    hasShown.current = true;
  }
  return hasShown.current;
}

function useLocale(): Locale {
  const {i18n} = useDocusaurusContext();
  return i18n.currentLocale === 'en' ? 'en' : 'zh-TW';
}

function useAriaLabel(title: string | undefined): string {
  const name =
    title === undefined
      ? translate({
          id: 'editor.ariaLabel.untitled',
          message: 'YAML 編輯器',
          description: 'Accessible name of a manifest editor without a title',
        })
      : translate(
          {
            id: 'editor.ariaLabel.titled',
            message: '「{title}」的 YAML 編輯器',
            description: 'Accessible name of a manifest editor with a title',
          },
          {title},
        );
  const hint = translate({
    id: 'editor.ariaLabel.keyboardHint',
    message: '先按 Esc 再按 Tab 可離開編輯器',
    description: 'Read by screen readers on entering the editor',
  });
  return translate(
    {
      id: 'editor.ariaLabel.combined',
      message: '{name}。{hint}。',
      description: 'The editor name followed by the keyboard hint',
    },
    {name, hint},
  );
}
