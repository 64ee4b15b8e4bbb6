import type {ReactNode} from 'react';
import Mermaid from '@theme-original/Mermaid';
import type MermaidType from '@theme/Mermaid';
import type {WrapperProps} from '@docusaurus/types';

type Props = WrapperProps<typeof MermaidType>;

/**
 * A diagram, in an element that exists from the server render on. Mermaid
 * draws in the browser and renders nothing until it has, so without this a
 * page gives no sign of the diagrams it is still drawing; the accessibility
 * test waits until every `[data-mermaid-diagram]` holds its drawing.
 */
export default function MermaidWrapper(props: Props): ReactNode {
  return (
    <div data-mermaid-diagram>
      <Mermaid {...props} />
    </div>
  );
}
