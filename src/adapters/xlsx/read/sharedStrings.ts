import { READ_LIMITS } from '../readLimits';
import { refuse, type WorkbookReadError } from '../workbookReadError';
import { scanChunks, type TextScanner } from './scanChunks';
import {
  endTagAt,
  isEndTag,
  isLocal,
  isMarkup,
  NAMES,
  nameEnd,
  nextByte,
  selfClosing,
  skipMarkup,
  stringItemText,
  tagEnd,
  type Bytes,
} from './xmlBytes';

/** The shared strings part: each `<si>` item's text, in order (cells refer to them by index). */
class SharedStringsScanner implements TextScanner {
  readonly strings: string[] = [];

  scan(xml: Bytes, from: number, final: boolean): number {
    let pos = from;
    for (;;) {
      const lt = nextByte(xml, 60, pos);
      if (lt === -1) return xml.length;
      if (isMarkup(xml, lt)) {
        const end = skipMarkup(xml, lt);
        if (end === -1) return this.cut(lt, final);
        pos = end;
        continue;
      }
      const gt = tagEnd(xml, lt);
      if (gt === -1) return this.cut(lt, final);
      const end = nameEnd(xml, lt + 1);
      pos = gt + 1;
      if (isEndTag(xml, lt) || !isLocal(xml, lt + 1, end, NAMES.si)) continue;
      if (selfClosing(xml, gt)) {
        this.strings.push('');
        continue;
      }
      const close = endTagAt(xml, gt, lt + 1, end);
      if (close === -1) return this.cut(lt, final);
      const text = stringItemText(xml, gt + 1, close);
      if (text.length > READ_LIMITS.cellChars) throw refuse('cell-too-long', `shared string of ${text.length}`);
      this.strings.push(text);
      pos = close + end - lt + 2;
    }
  }

  tooLong(): WorkbookReadError {
    return refuse('cell-too-long', 'a shared string runs past 8 MB of XML');
  }

  private cut(at: number, final: boolean): number {
    if (final) throw refuse('corrupt', 'shared strings cut short');
    return at;
  }
}

export async function readSharedStrings(chunks: AsyncIterable<Bytes>): Promise<string[]> {
  const scanner = new SharedStringsScanner();
  await scanChunks(chunks, scanner);
  return scanner.strings;
}
