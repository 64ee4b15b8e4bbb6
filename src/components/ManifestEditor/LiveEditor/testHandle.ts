import type {editor, IDisposable} from 'monaco-editor/editor';

/**
 * What end-to-end tests may read of an editor. Monaco draws only the lines in
 * view, so its DOM cannot tell a test the whole text.
 */
export interface EditorTestHandle {
  getValue(): string;
  /** Where the latest check ran: large texts go to a worker. */
  lastCheckRanIn?: CheckLocation;
}

type CheckLocation = 'main-thread' | 'worker';

/** What the editor tells the tests, besides what they can read. */
export interface TestHandleRegistration extends IDisposable {
  recordCheck(ranIn: CheckLocation): void;
}

/** Created by tests/e2e/helpers/editor.ts before the page loads. */
export interface E2EHooks {
  editors: Record<string, EditorTestHandle>;
}

declare global {
  interface Window {
    __statefulSetLabE2E?: E2EHooks;
  }
}

/**
 * Registers the editor for tests, and only when a test asked for it: readers
 * never have `window.__statefulSetLabE2E`, so for them this does nothing.
 */
export function exposeForTests(
  id: string,
  instance: editor.IStandaloneCodeEditor,
): TestHandleRegistration {
  const hooks = window.__statefulSetLabE2E;
  if (!hooks) return {dispose() {}, recordCheck() {}};

  const handle: EditorTestHandle = {getValue: () => instance.getValue()};
  hooks.editors[id] = handle;
  return {
    recordCheck(ranIn) {
      handle.lastCheckRanIn = ranIn;
    },
    dispose() {
      delete hooks.editors[id];
    },
  };
}
