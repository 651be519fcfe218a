import JSZip from 'jszip';
import type { WorkbookPackage } from './inspectPackage';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const EMPTY_SHEET = `<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`;

/**
 * Removes the namespace prefix of SpreadsheetML elements (`<x:c>` → `<c>`): valid XML that
 * spreadsheet applications open, but exceljs matches element names literally.
 */
function withoutMainPrefix(xml: string): string {
  const prefixes = [
    ...xml.matchAll(
      /xmlns:([\w.-]+)\s*=\s*["'](?:http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main|http:\/\/purl\.oclc\.org\/ooxml\/spreadsheetml\/main)["']/g,
    ),
  ].map((m) => m[1] ?? '');
  let out = xml;
  for (const prefix of prefixes) out = out.replace(new RegExp(`<(/?)${prefix}:`, 'g'), '<$1');
  return out;
}

/**
 * Drops what a worksheet links to through its own relationships (drawings, comments' shapes,
 * hyperlink targets, tables, controls): the rebuilt package keeps values only, and exceljs
 * fails on a reference whose relationship is not there.
 */
function valuesOnly(xml: string): string {
  return xml
    .replace(/<(?:[\w.-]+:)?(?:legacyDrawing|legacyDrawingHF|drawing|picture)\b[^>]*\/>/g, '')
    .replace(/<((?:[\w.-]+:)?(?:hyperlinks|oleObjects|controls|tableParts|extLst))\b[^>]*>[\s\S]*?<\/\1>/g, '');
}

/**
 * A package exceljs reads: workbook at xl/workbook.xml, worksheets at xl/worksheets/sheetN.xml,
 * sheets named S1…Sn with ids 1…n (real names come from the inspection, so exceljs's rules on
 * names cannot refuse or truncate them). Only the parts that hold values are kept; built with
 * no compression since it is read back at once. Used for packages other programs write in
 * unusual layouts (a workbook under wtf/, absolute targets, prefixed XML) that LibreOffice opens.
 */
export async function canonicalPackageBytes(pkg: WorkbookPackage): Promise<Uint8Array> {
  const out = new JSZip();
  const sheetTags: string[] = [];
  const relTags: string[] = [];
  for (const [i, sheet] of pkg.sheets.entries()) {
    const n = i + 1;
    const entry = sheet.path === null ? null : pkg.zip.file(sheet.path);
    out.file(
      `xl/worksheets/sheet${n}.xml`,
      entry ? valuesOnly(withoutMainPrefix(await entry.async('string'))) : EMPTY_SHEET,
    );
    sheetTags.push(`<sheet name="S${n}" sheetId="${n}" r:id="rIdS${n}"/>`);
    relTags.push(`<Relationship Id="rIdS${n}" Type="${REL}/worksheet" Target="worksheets/sheet${n}.xml"/>`);
  }
  const copy = async (from: string | null, to: string, type: string): Promise<void> => {
    const entry = from === null ? null : pkg.zip.file(from);
    if (!entry) return;
    out.file(`xl/${to}`, withoutMainPrefix(await entry.async('string')));
    relTags.push(`<Relationship Id="rId${type}" Type="${REL}/${type}" Target="${to}"/>`);
  };
  await copy(pkg.sharedStringsPath, 'sharedStrings.xml', 'sharedStrings');
  await copy(pkg.stylesPath, 'styles.xml', 'styles');
  const pr = pkg.date1904 ? '<workbookPr date1904="1"/>' : '';
  out.file(
    'xl/workbook.xml',
    `<workbook xmlns="${MAIN}" xmlns:r="${REL}">${pr}<sheets>${sheetTags.join('')}</sheets></workbook>`,
  );
  out.file('xl/_rels/workbook.xml.rels', `<Relationships xmlns="${PKG_REL}">${relTags.join('')}</Relationships>`);
  out.file(
    '_rels/.rels',
    `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  return out.generateAsync({ type: 'uint8array', compression: 'STORE' });
}
