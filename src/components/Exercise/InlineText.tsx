import type {ReactNode} from 'react';

/**
 * Exercise text with `backticks` shown as inline code. Only React text nodes
 * and <code> elements come out: the text is never parsed as HTML or MDX.
 */
export default function InlineText({text}: {text: string}): ReactNode {
  // An odd number of backticks leaves the last one as plain text.
  const parts = text.split('`');
  const hasUnclosed = parts.length % 2 === 0;
  return parts.map((part, index) => {
    const isCode = index % 2 === 1 && !(hasUnclosed && index === parts.length - 1);
    if (isCode) return <code key={index}>{part}</code>;
    const prefix = hasUnclosed && index === parts.length - 1 ? '`' : '';
    return <span key={index}>{prefix + part}</span>;
  });
}
