import {Children, isValidElement, type ReactNode} from 'react';

/**
 * The text of the first code block among MDX children. MDX turns a fenced
 * block into `<pre><code>text</code></pre>` elements (whatever components the
 * theme maps them to), so the text is the first string found inside them.
 */
export function extractCode(children: ReactNode): string | undefined {
  for (const child of Children.toArray(children)) {
    if (!isValidElement<{children?: ReactNode}>(child)) continue;

    const inner = child.props.children;
    if (typeof inner === 'string') return stripFinalNewline(inner);

    const found = extractCode(inner);
    if (found !== undefined) return found;
  }
  return undefined;
}

// MDX keeps the newline before the closing fence; the editor would show it as
// an empty last line.
function stripFinalNewline(text: string): string {
  return text.endsWith('\n') ? text.slice(0, -1) : text;
}
