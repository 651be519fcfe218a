import { strFromU8, strToU8, unzipSync, zipSync, type Zippable, type ZipOptions } from 'fflate';

/**
 * Hand-made workbooks for the reader's tests: the few parts a workbook needs, written as a test
 * wants them (a prefix, UTF-16, a missing reference, a lying size…), zipped with fflate.
 */

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

export type PartContent = string | Uint8Array;

/** A zip of these parts (text as UTF-8), deflated unless `level` is 0. */
export function zipParts(parts: Readonly<Record<string, PartContent>>, level: ZipOptions['level'] = 6): Uint8Array {
  const files: Zippable = {};
  for (const [name, content] of Object.entries(parts))
    files[name] = [typeof content === 'string' ? strToU8(content) : content, { level }];
  return zipSync(files);
}

export interface SheetSpec {
  readonly name: string;
  /** The worksheet's `<sheetData>` content (rows and cells), or a whole worksheet part. */
  readonly data: PartContent;
  readonly state?: 'hidden' | 'veryHidden';
}

export interface WorkbookSpec {
  readonly sheets: readonly SheetSpec[];
  /** `<si>` items of the shared strings part. */
  readonly sharedStrings?: readonly string[];
  /** The styles part, whole. */
  readonly styles?: string;
  readonly date1904?: boolean;
  /** Extra parts, or replacements of the usual ones. */
  readonly extra?: Readonly<Record<string, PartContent>>;
}

/** A worksheet part around this `<sheetData>` content. */
export function worksheet(rows: string, after = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${rows}</sheetData>${after}</worksheet>`;
}

/** The parts of a workbook: each sheet's `data` becomes worksheets/sheetN.xml. */
export function workbookParts(spec: WorkbookSpec): Record<string, PartContent> {
  const sheetTags = spec.sheets
    .map(
      (s, i) =>
        `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`,
    )
    .join('');
  const rels = spec.sheets.map(
    (_s, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  const parts: Record<string, PartContent> = {
    '[Content_Types].xml': `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
    '_rels/.rels': `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    'xl/workbook.xml': `<workbook xmlns="${MAIN}" xmlns:r="${REL}">${spec.date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets>${sheetTags}</sheets></workbook>`,
  };
  spec.sheets.forEach((s, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] =
      typeof s.data === 'string' && !s.data.includes('<worksheet') ? worksheet(s.data) : s.data;
  });
  if (spec.sharedStrings) {
    rels.push(`<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`);
    parts['xl/sharedStrings.xml'] =
      `<sst xmlns="${MAIN}">${spec.sharedStrings.map((s) => `<si>${s}</si>`).join('')}</sst>`;
  }
  if (spec.styles) {
    rels.push(`<Relationship Id="rIdY" Type="${REL}/styles" Target="styles.xml"/>`);
    parts['xl/styles.xml'] = spec.styles;
  }
  parts['xl/_rels/workbook.xml.rels'] = `<Relationships xmlns="${PKG}">${rels.join('')}</Relationships>`;
  return { ...parts, ...spec.extra };
}

export function xlsxOf(spec: WorkbookSpec): Uint8Array {
  return zipParts(workbookParts(spec));
}

/** Styles whose cellXfs are these number format ids, with custom formats 164… as given. */
export function stylesWith(numFmtIds: readonly number[], custom: Readonly<Record<number, string>> = {}): string {
  const fmts = Object.entries(custom)
    .map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${code.replace(/"/g, '&quot;')}"/>`)
    .join('');
  const xfs = numFmtIds.map((id) => `<xf numFmtId="${id}" fontId="0"/>`).join('');
  return `<styleSheet xmlns="${MAIN}"><numFmts>${fmts}</numFmts><cellStyleXfs><xf numFmtId="14"/></cellStyleXfs><cellXfs>${xfs}</cellXfs></styleSheet>`;
}

/**
 * The zip with the central directory's unpacked size of `part` replaced: a header that lies,
 * as a zip bomb's does.
 */
export function withDeclaredSize(zip: Uint8Array, part: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const name = strToU8(part);
  for (let at = out.length - 46; at >= 0; at--) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    if (length === name.length && name.every((b, i) => out[at + 46 + i] === b)) {
      view.setUint32(at + 24, size, true);
      return out;
    }
  }
  throw new Error(`no ${part} in the zip`);
}

/** The files of a zip, by name (folders left out). */
export function unzipParts(zip: Uint8Array): Map<string, Uint8Array> {
  return new Map(Object.entries(unzipSync(zip)).filter(([name]) => !name.endsWith('/')));
}

/** The files of a zip as UTF-8 text, by name. */
export function unzipText(zip: Uint8Array): Map<string, string> {
  return new Map([...unzipParts(zip)].map(([name, bytes]) => [name, strFromU8(bytes)]));
}
