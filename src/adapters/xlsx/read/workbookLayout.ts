import { refuse } from '../workbookReadError';
import type { PackageParts } from './packageParts';
import { elementContent, findTags, relationshipsPath, resolvePartPath, tagAttributes } from './xmlText';
import type { ZipEntry } from './zipDirectory';

/** A worksheet to read: its name as the workbook spells it, its part, and whether its tab is hidden. */
export interface SheetPart {
  readonly name: string;
  readonly entry: ZipEntry;
  readonly hidden: boolean;
}

/** What workbook.xml and its relationships say: the sheets in tab order and the parts they need. */
export interface WorkbookLayout {
  readonly sheets: readonly SheetPart[];
  readonly date1904: boolean;
  readonly styles: ZipEntry | undefined;
  readonly sharedStrings: ZipEntry | undefined;
}

interface Relationship {
  readonly type: string;
  /** The zip path the target resolves to. */
  readonly path: string;
  readonly target: string;
}

const WORKBOOK_CONTENT_TYPE = /\.(?:sheet|template)\.main\+xml$|macroEnabled(?:\.template)?\.main\+xml$/i;

async function relationships(parts: PackageParts, part: string): Promise<Map<string, Relationship>> {
  const result = new Map<string, Relationship>();
  const entry = parts.find(relationshipsPath(part));
  if (!entry) return result;
  for (const tag of findTags(await parts.text(entry), 'Relationship')) {
    const a = tagAttributes(tag);
    const id = a.get('Id');
    const target = a.get('Target');
    if (id === undefined || target === undefined || a.get('TargetMode') === 'External') continue;
    result.set(id, { type: a.get('Type') ?? '', target, path: resolvePartPath(part, target) });
  }
  return result;
}

/** The target's part; a target written from the package root by mistake is found too. */
function partOf(parts: PackageParts, rel: Relationship | undefined): ZipEntry | undefined {
  if (!rel) return undefined;
  return parts.find(rel.path) ?? parts.find(resolvePartPath('', rel.target));
}

/** The main part: the root relationship says where, else the content types, else xl/workbook.xml. */
async function workbookPart(parts: PackageParts): Promise<string> {
  const rootRels = await relationships(parts, '');
  const office = [...rootRels.values()].find((r) => r.type.endsWith('/officeDocument') && parts.find(r.path));
  if (office) return office.path;
  const types = parts.find('[Content_Types].xml');
  if (types) {
    for (const tag of findTags(await parts.text(types), 'Override')) {
      const a = tagAttributes(tag);
      const name = resolvePartPath('', a.get('PartName') ?? '');
      if (WORKBOOK_CONTENT_TYPE.test(a.get('ContentType') ?? '') && parts.find(name)) return name;
    }
  }
  return 'xl/workbook.xml';
}

async function refuseOtherPackages(parts: PackageParts): Promise<never> {
  const mimetype = parts.find('mimetype');
  if (mimetype && (await parts.text(mimetype)).startsWith('application/vnd.oasis.opendocument.spreadsheet'))
    throw refuse('ods');
  if (parts.find('xl/workbook.bin')) throw refuse('xlsb');
  throw refuse('not-a-workbook', 'no workbook part');
}

export async function readLayout(parts: PackageParts): Promise<WorkbookLayout> {
  const main = await workbookPart(parts);
  if (main.toLowerCase().endsWith('.bin')) throw refuse('xlsb');
  const mainEntry = parts.find(main);
  if (!mainEntry) return refuseOtherPackages(parts);
  const xml = await parts.text(mainEntry);
  if (!/<(?:[\w.-]+:)?workbook[\s>]/.test(xml)) throw refuse('not-a-workbook', `${main} is not a workbook`);

  const pr = findTags(xml, 'workbookPr')[0];
  const date1904Attr = pr ? tagAttributes(pr).get('date1904')?.trim().toLowerCase() : undefined;
  const rels = await relationships(parts, main);
  const ofType = (suffix: string): ZipEntry | undefined =>
    partOf(
      parts,
      [...rels.values()].find((r) => r.type.endsWith(suffix)),
    );

  const sheets: SheetPart[] = [];
  for (const tag of findTags(elementContent(xml, 'sheets'), 'sheet')) {
    const a = tagAttributes(tag);
    const rel = rels.get(a.get('id') ?? '');
    // Chart sheets hold no cells; a sheet whose part is missing is left out, as openpyxl does.
    if (!rel || /chartsheet$/i.test(rel.type)) continue;
    const entry = partOf(parts, rel);
    // state="hidden" or "veryHidden" (hidden from Excel's Unhide list too); absent: visible.
    const state = a.get('state')?.trim().toLowerCase();
    if (entry) sheets.push({ name: a.get('name') ?? '', entry, hidden: state === 'hidden' || state === 'veryhidden' });
  }
  return {
    sheets,
    date1904: date1904Attr === '1' || date1904Attr === 'true',
    styles: ofType('/styles') ?? parts.find('xl/styles.xml'),
    sharedStrings: ofType('/sharedStrings') ?? parts.find('xl/sharedStrings.xml'),
  };
}
