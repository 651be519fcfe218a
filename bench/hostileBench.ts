/**
 * `npm run bench`, last part: hostile workbooks made here (nothing hostile is committed), each
 * given to the built `vpwg validate` in its own process under /usr/bin/time. Prints the exit
 * code, the first line of stderr, the wall time and the peak memory, against the goal of a
 * refusal in under 2 s and 300 MB (README, "Limits").
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { constants, deflateRawSync } from 'node:zlib';

const ROOT = resolve(__dirname, '..', '..');
const OUT = join(ROOT, 'bench', 'out', 'hostile');
const CLI = join(ROOT, 'dist', 'apps', 'cli', 'vpwg.js');
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

interface Part {
  readonly name: string;
  /** Deflated bytes, and the size they unpack to (or claim to). */
  readonly packed: Uint8Array;
  readonly size: number;
}

const deflated = (name: string, text: string | Uint8Array): Part => {
  const bytes = typeof text === 'string' ? Buffer.from(text) : text;
  return { name, packed: deflateRawSync(bytes, { level: 9 }), size: bytes.length };
};

/** A zip of deflated parts (no CRC check in the reader under test; CRCs are left at 0). */
function zip(parts: readonly Part[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(part.packed.length, 18);
    local.writeUInt32LE(Math.min(part.size, 0xfffffffe), 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(part.packed.length, 20);
    central.writeUInt32LE(Math.min(part.size, 0xfffffffe), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, Buffer.from(part.packed));
    centrals.push(central, name);
    offset += 30 + name.length + part.packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** A workbook of one sheet whose part is `sheet`. */
function workbook(sheet: Part): Buffer {
  return zip([
    deflated(
      '_rels/.rels',
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    deflated(
      'xl/workbook.xml',
      `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Présences" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    deflated(
      'xl/_rels/workbook.xml.rels',
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    sheet,
  ]);
}

/**
 * A deflate stream that unpacks to `gib` GiB of blanks inside a worksheet, made without
 * packing gigabytes: a 64 MB block sequence ended by a full flush (which resets the window)
 * repeated, then an empty final block.
 */
function blanksBomb(gib: number): Part {
  const head = `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c t="inlineStr"><is><t>`;
  const block = deflateRawSync(Buffer.alloc(64 * 1024 * 1024, 32), { finishFlush: constants.Z_FULL_FLUSH });
  const start = deflateRawSync(Buffer.from(head), { finishFlush: constants.Z_FULL_FLUSH });
  const repeats = gib * 16;
  const packed = Buffer.concat([start, ...Array.from({ length: repeats }, () => block), Buffer.from([3, 0])]);
  return { name: 'xl/worksheets/sheet1.xml', packed, size: head.length + repeats * 64 * 1024 * 1024 };
}

function rows(count: number): string {
  const out: string[] = [];
  for (let r = 1; r <= count; r++)
    out.push(`<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>M${r % 997}</t></is></c></row>`);
  return out.join('');
}

export const HOSTILE: ReadonlyArray<{ readonly name: string; readonly make: () => Buffer }> = [
  { name: 'zip-bomb-2gb.xlsx', make: () => workbook(blanksBomb(2)) },
  {
    name: 'zip-bomb-lying-header.xlsx',
    make: () => workbook({ ...blanksBomb(4), size: 4096 }),
  },
  {
    name: 'huge-cell-30mb.xlsx',
    make: () => {
      const letters = Buffer.from(randomBytes(30_000_000).map((b) => 97 + (b % 26)));
      const sheet = Buffer.concat([
        Buffer.from(`<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c t="inlineStr"><is><t>`),
        letters,
        Buffer.from('</t></is></c></row></sheetData></worksheet>'),
      ]);
      return workbook(deflated('xl/worksheets/sheet1.xml', sheet));
    },
  },
  {
    name: 'rows-3-million.xlsx',
    make: () => {
      // Written in pieces: one string of 3 million rows would pass V8's longest string.
      const pieces = [`<worksheet xmlns="${MAIN}"><sheetData>`];
      for (let i = 0; i < 3; i++)
        pieces.push(rows(1_000_000).replace(/r="(\d+)"/g, (_m, n: string) => `r="${Number(n) + i * 1_000_000}"`));
      pieces.push('</sheetData></worksheet>');
      return workbook(deflated('xl/worksheets/sheet1.xml', Buffer.concat(pieces.map((p) => Buffer.from(p)))));
    },
  },
  {
    name: 'merged-A70-XFD1048576.xlsx',
    make: () =>
      workbook(
        deflated(
          'xl/worksheets/sheet1.xml',
          `<worksheet xmlns="${MAIN}"><sheetData>${rows(100)}</sheetData><mergeCells count="1"><mergeCell ref="A70:XFD1048576"/></mergeCells></worksheet>`,
        ),
      ),
  },
];

function main(): void {
  mkdirSync(OUT, { recursive: true });
  console.log(
    '\nhostile files: vpwg validate FILE, each in its own process (goal: refused or read in < 2 s, < 300 MB)',
  );
  for (const { name, make } of HOSTILE) {
    const file = join(OUT, name);
    writeFileSync(file, make());
    const start = performance.now();
    const run = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, CLI, 'validate', file], {
      encoding: 'utf8',
      env: { ...process.env, LANG: 'en_GB.UTF-8' },
      maxBuffer: 1 << 26,
    });
    const seconds = (performance.now() - start) / 1000;
    const lines = run.stderr.trim().split('\n');
    const peakMb = Number(lines.pop()) / 1024;
    // The refusal's sentence (stderr), or the first line of the issues of a workbook read (stdout).
    const said = (run.status === 2 ? (lines[0] ?? '') : (run.stdout.split('\n')[0] ?? '')).replace(file, name);
    const ok = seconds < 2 && peakMb < 300 ? 'ok' : 'OVER';
    console.log(
      `  ${name.padEnd(28)} ${(statSync(file).size / 1024 / 1024).toFixed(1).padStart(5)} MB file: exit ${run.status}, ${seconds.toFixed(2)} s, peak ${peakMb.toFixed(0)} MB, ${ok}\n      ${said.slice(0, 140)}`,
    );
  }
}

main();
