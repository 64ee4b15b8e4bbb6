import type {MessageData} from './rule';

// Diagnostics echo what the reader wrote; a hostile value must neither flood
// the output nor smuggle terminal escapes or look-alike letters into it.
const MAX_ECHO = 120;

/** A user value as a diagnostic shows it: short, printable, look-alikes spelled out. */
export function echo(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  const cut = text.length > MAX_ECHO ? `${text.slice(0, MAX_ECHO)}…` : text;
  return cut.replace(/[^\x20-\x7e\u3000-\u9fff\uff00-\uffef…]/g, (char) => {
    const code = char.codePointAt(0) ?? 0;
    return `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** Fills `{name}` placeholders; unknown names stay visible, so tests catch them. */
export function fillTemplate(template: string, data: MessageData = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in data ? String(data[name]) : whole,
  );
}
