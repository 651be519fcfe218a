import JSZip from 'jszip';
import { scanWorksheetXml, type WorksheetScan } from './scanWorksheetXml';
import { sniffWorkbookBytes } from './sniffWorkbookBytes';
import { WorkbookReadError } from './workbookReadError';
import { findTags, relationshipsPath, resolvePartPath, tagAttributes } from './xmlText';

export interface PackageSheet extends WorksheetScan {
  /** The name as the workbook spells it (taken from workbook.xml, never altered). */
  readonly name: string;
  /** The id exceljs gives this worksheet, after canonicalising when that was needed. */
  readonly excelJsId: number;
  /** Zip entry of the sheet's XML, or null when the workbook names a sheet whose part is missing. */
  readonly path: string | null;
  /** The relationship target as written (the streaming reader only follows `worksheets/sheetN.xml`). */
  readonly target: string;
}

/** A zip opened and understood: which sheets, where, and which of exceljs's readers can read it. */
export interface WorkbookPackage {
  readonly bytes: Uint8Array;
  readonly zip: JSZip;
  /** Worksheets in tab order, hidden ones included (chart sheets have no cells and are left out). */
  readonly sheets: readonly PackageSheet[];
  readonly date1904: boolean;
  readonly sharedStringsPath: string | null;
  readonly stylesPath: string | null;
  /** exceljs reads it as it is; otherwise canonicalPackage.ts rewrites the parts' paths first. */
  readonly canonical: boolean;
  /** exceljs's streaming reader reads it faithfully (Node fast path). */
  readonly streamable: boolean;
}

const MAIN_NAMESPACES = [
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  'http://purl.oclc.org/ooxml/spreadsheetml/main',
];

interface Relationship {
  readonly type: string;
  readonly target: string;
  readonly path: string;
}

/** Case-insensitive entry lookup: OPC part names ignore case and some writers add a leading `/`. */
function entryIndex(zip: JSZip): Map<string, JSZip.JSZipObject> {
  const index = new Map<string, JSZip.JSZipObject>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) index.set(entry.name.replace(/^\/+/, '').toLowerCase(), entry);
  }
  return index;
}

async function relationships(
  entries: Map<string, JSZip.JSZipObject>,
  part: string,
): Promise<Map<string, Relationship>> {
  const result = new Map<string, Relationship>();
  const entry = entries.get(relationshipsPath(part).toLowerCase());
  if (!entry) return result;
  for (const tag of findTags(await entry.async('string'), 'Relationship')) {
    const a = tagAttributes(tag);
    const id = a.get('Id');
    const target = a.get('Target');
    if (id === undefined || target === undefined || a.get('TargetMode') === 'External') continue;
    result.set(id, { type: a.get('Type') ?? '', target, path: resolvePartPath(part, target) });
  }
  return result;
}

/** Sheet names exceljs accepts unchanged (it throws on some, truncates long ones with a console warning). */
function excelJsAcceptsName(name: string): boolean {
  return name !== '' && name.length <= 31 && name !== 'History' && !/[*?:/\\[\]]/.test(name) && !/^'|'$/.test(name);
}

async function openZip(bytes: Uint8Array): Promise<JSZip> {
  sniffWorkbookBytes(bytes);
  try {
    return await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new WorkbookReadError('corrupt', error instanceof Error ? error.message : String(error));
  }
}

/** Reads a part, turning a truncated or damaged entry into `corrupt`. */
async function partText(entry: JSZip.JSZipObject): Promise<string> {
  try {
    return await entry.async('string');
  } catch (error) {
    throw new WorkbookReadError('corrupt', `${entry.name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export async function inspectPackage(bytes: Uint8Array): Promise<WorkbookPackage> {
  const zip = await openZip(bytes);
  const entries = entryIndex(zip);
  const mimetype = entries.get('mimetype');
  if (mimetype && (await partText(mimetype)).startsWith('application/vnd.oasis.opendocument.spreadsheet'))
    throw new WorkbookReadError('ods');

  const rootRels = await relationships(entries, '');
  const main = [...rootRels.values()].find((r) => r.type.endsWith('/officeDocument'))?.path ?? 'xl/workbook.xml';
  const mainEntry = entries.get(main.toLowerCase());
  if (!mainEntry) throw new WorkbookReadError('not-a-workbook', `no workbook part (${main})`);
  const workbookXml = await partText(mainEntry);
  if (!/<(?:[\w.-]+:)?workbook[\s>]/.test(workbookXml))
    throw new WorkbookReadError('not-a-workbook', `${main} is not a workbook`);

  const workbookPr = findTags(workbookXml, 'workbookPr')[0];
  const date1904Attr = workbookPr ? tagAttributes(workbookPr).get('date1904') : undefined;
  const date1904 = date1904Attr === '1' || date1904Attr === 'true';
  const rels = await relationships(entries, mainEntry.name.replace(/^\/+/, ''));
  const partOfType = (type: string): string | null => {
    const rel = [...rels.values()].find((r) => r.type.endsWith(type));
    const entry = rel && entries.get(rel.path.toLowerCase());
    return entry ? entry.name : null;
  };

  const declared = findTags(workbookXml, 'sheet').map((tag) => tagAttributes(tag));
  const sheets: PackageSheet[] = [];
  for (const attrs of declared) {
    const rel = rels.get(attrs.get('id') ?? '');
    if (rel && !rel.type.endsWith('/worksheet')) continue; // chart, dialog or macro sheet: no cells
    const entry = rel && entries.get(rel.path.toLowerCase());
    const scan = entry
      ? scanWorksheetXml(await partText(entry))
      : { merges: [], overrides: new Map(), streamUnsafe: false, rowElements: 0, prefixed: false };
    sheets.push({
      name: attrs.get('name') ?? '',
      excelJsId: Number(attrs.get('sheetId')),
      path: entry ? entry.name : null,
      target: rel?.target ?? '',
      ...scan,
    });
  }

  const sharedStringsPath = partOfType('/sharedStrings');
  const stylesPath = partOfType('/styles');
  const ids = sheets.map((s) => s.excelJsId);
  const names = sheets.map((s) => s.name.toLowerCase());
  const prefixedWorkbook = /<[\w.-]+:sheets[\s>]/.test(workbookXml);
  const canonical =
    mainEntry.name === 'xl/workbook.xml' &&
    zip.file('xl/_rels/workbook.xml.rels') !== null &&
    !prefixedWorkbook &&
    MAIN_NAMESPACES.some((ns) => workbookXml.includes(ns)) &&
    (sharedStringsPath === null || sharedStringsPath === 'xl/sharedStrings.xml') &&
    (stylesPath === null || stylesPath === 'xl/styles.xml') &&
    ids.every((id) => Number.isInteger(id) && id > 0) &&
    new Set(ids).size === ids.length &&
    new Set(names).size === names.length &&
    sheets.every(
      (s) =>
        s.path !== null &&
        /^xl\/worksheets\/sheet\d+\.xml$/.test(s.path) &&
        /^(?:\/xl\/)?worksheets\/sheet\d+\.xml$/.test(s.target) &&
        !s.prefixed &&
        excelJsAcceptsName(s.name),
    );

  // The streaming reader parses a worksheet on sight once it holds the shared strings and the
  // workbook's relationships (else it parks it in a temporary file until the end); parsing on
  // sight before workbook.xml has been seen would crash it.
  const order = Object.keys(zip.files);
  const at = (path: string | null): number => (path === null || !order.includes(path) ? Infinity : order.indexOf(path));
  const parsedBeforeWorkbook = (sheet: PackageSheet): boolean =>
    Math.max(at(sharedStringsPath), at('xl/_rels/workbook.xml.rels')) < at(sheet.path) &&
    at('xl/workbook.xml') > at(sheet.path);
  const sharedStrings = sharedStringsPath ? zip.file(sharedStringsPath) : null;
  const streamable =
    canonical &&
    sheets.every(
      (s) =>
        !s.streamUnsafe &&
        !parsedBeforeWorkbook(s) &&
        s.target === `worksheets/${s.path?.slice('xl/worksheets/'.length)}`,
    ) &&
    !(sharedStrings && (await partText(sharedStrings)).includes('rPh'));

  return {
    bytes,
    zip,
    sheets: canonical ? sheets : sheets.map((s, i) => ({ ...s, excelJsId: i + 1 })),
    date1904,
    sharedStringsPath,
    stylesPath,
    canonical,
    streamable,
  };
}
