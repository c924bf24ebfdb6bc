// Offsets <-> (line, character). LSP counts lines at \n, \r\n and \r, and characters in UTF-16
// code units, which is exactly what JavaScript string indices are: no re-encoding is needed.

export interface Position {
  line: number;
  character: number;
}

export class LineIndex {
  readonly starts: number[];
  constructor(readonly text: string, starts?: number[]) {
    if (starts) {
      this.starts = starts;
      return;
    }
    this.starts = [0];
    pushLineStarts(text, 0, text.length, this.starts);
  }

  /**
   * The index of `text`, made from `prev` (the index of the text before one edit): line starts
   * before the edit are kept, those after it moved, only the edited stretch is scanned.
   */
  static edited(prev: LineIndex, text: string, change: { start: number; oldEnd: number; newEnd: number }): LineIndex {
    const delta = change.newEnd - change.oldEnd;
    const old = prev.starts;
    // A line start is decided by the one or two characters before it: rescan from one before the edit.
    const from = Math.max(0, change.start - 1);
    const to = Math.min(text.length, change.newEnd + 1);
    let k = 0;
    while (k < old.length && old[k] <= from) k++;
    const starts = old.slice(0, k);
    pushLineStarts(text, from, to, starts);
    const last = starts[starts.length - 1];
    let j = k;
    while (j < old.length && old[j] + delta <= Math.max(last, to)) j++;
    for (; j < old.length; j++) starts.push(old[j] + delta);
    return new LineIndex(text, starts);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo] };
  }

  offsetAt(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.starts.length) return this.text.length;
    const start = this.starts[pos.line];
    const end = this.lineEnd(pos.line);
    return Math.min(start + Math.max(0, pos.character), end);
  }

  /** Offset of the end of the line's content, before its line break. */
  lineEnd(line: number): number {
    const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    let end = next;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
}

/** Appends the starts of lines that begin after a line break at [from, to) (a \r\n pair counts once). */
function pushLineStarts(text: string, from: number, to: number, out: number[]): void {
  const breaks = new LineBreaks(text);
  for (let i = breaks.next(from); i < to; i = breaks.next(i + 1)) {
    if (text.charCodeAt(i) === 13 /* \r */ && text.charCodeAt(i + 1) === 10) i++;
    out.push(i + 1);
  }
}

/**
 * Finds the next \n or \r from left to right. An article is mostly not line breaks, and indexOf
 * skips to each one natively, where a loop over char codes visits every character.
 */
export class LineBreaks {
  // The next \n and \r at or after the last position asked; -1 once there is none, -2 before any search.
  private nl = -2;
  private cr = -2;
  constructor(private readonly text: string) {}

  /** The offset of the first \n or \r at or after `from`, or the text's length when there is none. */
  next(from: number): number {
    if (this.nl !== -1 && this.nl < from) this.nl = this.text.indexOf('\n', from);
    if (this.cr !== -1 && this.cr < from) this.cr = this.text.indexOf('\r', from);
    const nl = this.nl === -1 ? this.text.length : this.nl;
    const cr = this.cr === -1 ? this.text.length : this.cr;
    return nl < cr ? nl : cr;
  }
}
