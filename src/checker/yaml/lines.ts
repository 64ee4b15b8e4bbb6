/**
 * Offsets to 1-based line and column. Built from the text itself: the yaml
 * package's LineCounter only learns the line breaks its lexer passes, which
 * misses some after a syntax error.
 */
export class LineIndex {
  readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
      this.lineStarts.push(i + 1);
    }
  }

  /** 1-based line and column of `offset` (clamped to the text). */
  linePos(offset: number): {line: number; col: number} {
    const at = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.lineStarts[middle] <= at) low = middle;
      else high = middle - 1;
    }
    return {line: low + 1, col: at - this.lineStarts[low] + 1};
  }
}
