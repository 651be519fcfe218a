import { refuse } from '../workbookReadError';

/** One file of the zip, as its central directory describes it. Sizes are claims until inflated. */
export interface ZipEntry {
  /** The name as stored (`xl/worksheets/sheet1.xml`, or `xl\worksheets\sheet1.xml` from some Windows tools). */
  readonly name: string;
  /** 0: stored as is; 8: deflated. */
  readonly method: number;
  readonly encrypted: boolean;
  readonly packedSize: number;
  /** The unpacked size the directory declares: the reader never unpacks past it. */
  readonly size: number;
  readonly headerOffset: number;
}

export interface ZipDirectory {
  readonly entries: readonly ZipEntry[];
  /** An entry by part name, ignoring case, `\` or `/`, and a leading `/` (OPC part names ignore case). */
  find(partName: string): ZipEntry | undefined;
  /** The packed bytes of an entry (a view into the file, no copy). */
  packed(entry: ZipEntry): Uint8Array;
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const U32_MAX = 0xffffffff;

/** The key a part name is looked up by. */
export function partKey(name: string): string {
  return name.replace(/\\/g, '/').replace(/^\/+/, '').toLowerCase();
}

class Bytes {
  private readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  u16(at: number): number {
    return this.view.getUint16(at, true);
  }
  u32(at: number): number {
    return this.view.getUint32(at, true);
  }
  u64(at: number): number {
    // Past 2^53 a size is a lie anyway; the limits refuse it.
    return this.u32(at) + this.u32(at + 4) * 2 ** 32;
  }
  fits(at: number, length: number): boolean {
    return at >= 0 && length >= 0 && at + length <= this.bytes.length;
  }
}

function findEndRecord(b: Bytes): number {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  const last = b.bytes.length - 22;
  for (let at = last; at >= 0 && at >= last - 65_535; at--) {
    if (b.bytes[at] === 0x50 && b.u32(at) === EOCD) return at;
  }
  throw refuse('corrupt', 'no zip end record (truncated?)');
}

interface Directory {
  readonly count: number;
  readonly offset: number;
}

function directoryOf(b: Bytes, end: number): Directory {
  const count = b.u16(end + 10);
  const offset = b.u32(end + 16);
  if (count !== 0xffff && offset !== U32_MAX) return { count, offset };
  // ZIP64: the real numbers are in the ZIP64 end record, found through its locator.
  const locator = end - 20;
  if (!b.fits(locator, 20) || b.u32(locator) !== EOCD64_LOCATOR) return { count, offset };
  const record = b.u64(locator + 8);
  if (!b.fits(record, 56) || b.u32(record) !== EOCD64) throw refuse('corrupt', 'bad ZIP64 end record');
  return { count: b.u64(record + 32), offset: b.u64(record + 48) };
}

/** Sizes and offset a ZIP64 extra field holds for the fields the entry left at 0xFFFFFFFF. */
function zip64Values(b: Bytes, from: number, to: number, wanted: readonly boolean[]): number[] {
  const out: number[] = [];
  for (let at = from; at + 4 <= to;) {
    const id = b.u16(at);
    const length = b.u16(at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      for (const want of wanted) {
        if (!want) continue;
        if (field + 8 > at + 4 + length) break;
        out.push(b.u64(field));
        field += 8;
      }
      return out;
    }
    at += 4 + length;
  }
  return out;
}

const utf8 = new TextDecoder('utf-8');

function entryName(bytes: Uint8Array, utf8Flag: boolean): string {
  // Names without the UTF-8 flag are CP437; part names are ASCII, where the two agree.
  return utf8Flag ? utf8.decode(bytes) : String.fromCharCode(...bytes);
}

/** Reads a zip's central directory. Throws `corrupt` on a truncated or damaged zip. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const b = new Bytes(bytes);
  if (bytes.length < 22) throw refuse('corrupt', 'shorter than a zip end record');
  const { count, offset } = directoryOf(b, findEndRecord(b));
  const entries: ZipEntry[] = [];
  const index = new Map<string, ZipEntry>();
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (!b.fits(at, 46) || b.u32(at) !== CENTRAL) throw refuse('corrupt', `central directory entry ${i} missing`);
    const flags = b.u16(at + 8);
    const nameLength = b.u16(at + 28);
    const extraLength = b.u16(at + 30);
    const commentLength = b.u16(at + 32);
    if (!b.fits(at + 46, nameLength + extraLength + commentLength)) throw refuse('corrupt', 'directory cut short');
    let packedSize = b.u32(at + 20);
    let size = b.u32(at + 24);
    let headerOffset = b.u32(at + 42);
    const wanted = [size === U32_MAX, packedSize === U32_MAX, headerOffset === U32_MAX];
    if (wanted.some(Boolean)) {
      const values = zip64Values(b, at + 46 + nameLength, at + 46 + nameLength + extraLength, wanted);
      if (wanted[0]) size = values.shift() ?? size;
      if (wanted[1]) packedSize = values.shift() ?? packedSize;
      if (wanted[2]) headerOffset = values.shift() ?? headerOffset;
    }
    const name = entryName(bytes.subarray(at + 46, at + 46 + nameLength), (flags & 0x0800) !== 0);
    const entry: ZipEntry = {
      name,
      method: b.u16(at + 10),
      encrypted: (flags & 1) !== 0,
      packedSize,
      size,
      headerOffset,
    };
    entries.push(entry);
    if (!name.endsWith('/') && !name.endsWith('\\')) index.set(partKey(name), entry);
    at += 46 + nameLength + extraLength + commentLength;
  }
  return {
    entries,
    find: (partName) => index.get(partKey(partName)),
    packed: (entry) => {
      const header = entry.headerOffset;
      if (!b.fits(header, 30) || b.u32(header) !== LOCAL) throw refuse('corrupt', `${entry.name}: no local header`);
      // The local header's own name and extra lengths (they may differ from the directory's).
      const start = header + 30 + b.u16(header + 26) + b.u16(header + 28);
      if (!b.fits(start, entry.packedSize)) throw refuse('corrupt', `${entry.name}: data cut short`);
      return bytes.subarray(start, start + entry.packedSize);
    },
  };
}
