import type {ReactNode} from 'react';

/**
 * The simulator's messages write names and fields in backticks; they become
 * <code> elements. Everything stays React text: names come from the YAML.
 */
export function withCode(message: string): ReactNode[] {
  return message
    .split(/`([^`\n]+)`/)
    .map((part, index) =>
      index % 2 === 1 ? <code key={index}>{part}</code> : part,
    );
}
