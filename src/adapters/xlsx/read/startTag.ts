const GT = 62; // >
const SLASH = 47; // /
const EQUALS = 61; // =
const QUOTE = 34; // "
const APOS = 39; // '

import { nextByte, type Bytes } from './xmlBytes';

/**
 * A start tag read in one pass, for the worksheet scanner's hot loop: where its name and the
 * tag end, whether it is empty (`<c r="A1"/>`), and where the values of the few attributes a
 * worksheet needs (`r`, `t`, `s`, `ref`) start and end (-1 when absent). One object is reused
 * for every tag: nothing is allocated per cell.
 */
export class StartTag {
  nameEnd = 0;
  gt = -1;
  empty = false;
  r = -1;
  rEnd = -1;
  t = -1;
  tEnd = -1;
  s = -1;
  sEnd = -1;
  ref = -1;
  refEnd = -1;

  /** Reads the tag opened at `lt`; false when it does not end within `xml` yet. */
  read(xml: Bytes, lt: number): boolean {
    this.r = this.t = this.s = this.ref = -1;
    const length = xml.length;
    let i = lt + 1;
    while (i < length) {
      const c = xml[i] ?? 0;
      if (c === GT || c === SLASH || c <= 32) break;
      i++;
    }
    this.nameEnd = i;
    while (i < length) {
      const c = xml[i] ?? 0;
      if (c === GT) {
        this.gt = i;
        this.empty = xml[i - 1] === SLASH;
        return true;
      }
      if (c <= 32 || c === SLASH) {
        i++;
        continue;
      }
      // An attribute: its name up to `=`, then a quoted value.
      const nameStart = i;
      while (i < length && xml[i] !== EQUALS && (xml[i] ?? 0) > 32 && xml[i] !== GT) i++;
      const nameStop = i;
      while (i < length && xml[i] !== EQUALS && xml[i] !== GT) i++;
      if (i >= length) return false;
      if (xml[i] === GT) continue; // a name without a value: not XML, skipped
      i++;
      while (i < length && (xml[i] ?? 0) <= 32) i++;
      const quote = xml[i];
      if (quote !== QUOTE && quote !== APOS) continue;
      const end = nextByte(xml, quote, i + 1);
      if (end === -1) return false;
      this.keep(xml, nameStart, nameStop, i + 1, end);
      i = end + 1;
    }
    return false;
  }

  private keep(xml: Bytes, nameStart: number, nameStop: number, start: number, end: number): void {
    const size = nameStop - nameStart;
    if (size === 1) {
      const c = xml[nameStart];
      if (c === 114 /* r */) {
        this.r = start;
        this.rEnd = end;
      } else if (c === 116 /* t */) {
        this.t = start;
        this.tEnd = end;
      } else if (c === 115 /* s */) {
        this.s = start;
        this.sEnd = end;
      }
    } else if (size === 3 && xml[nameStart] === 114 && xml[nameStart + 1] === 101 && xml[nameStart + 2] === 102) {
      this.ref = start;
      this.refEnd = end;
    }
  }
}
