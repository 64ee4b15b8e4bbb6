import {lazy, Suspense, type ReactNode} from 'react';
import ManifestEditor from '@site/src/components/ManifestEditor';

// Rendered only under a live editor, in the browser: the simulator's code is
// fetched with the editor, not with the page.
const ControllerSimulator = lazy(
  () => import('@site/src/components/ControllerSimulator'),
);

export interface SimulatorLabProps {
  /** Stable within the page: the editor's key for the reader's saved edits. */
  id: string;
  /** Shown above the editor, e.g. `web.yaml`. */
  title?: string;
  /** A fenced `yaml` code block with the StatefulSet to simulate. */
  children?: ReactNode;
}

/**
 * An editor with the controller simulator under it, for MDX pages:
 * `<SimulatorLab id="scale" title="web.yaml">` around a ```yaml fence.
 * Without JavaScript the manifest shows as a plain code block.
 */
export default function SimulatorLab({
  id,
  title,
  children,
}: SimulatorLabProps): ReactNode {
  return (
    <ManifestEditor
      id={id}
      title={title}
      below={(state) => (
        <Suspense fallback={null}>
          <ControllerSimulator result={state.result} />
        </Suspense>
      )}>
      {children}
    </ManifestEditor>
  );
}
