import { unzipText } from './xlsxParts';

/**
 * The parts of a report file that must be byte for byte the same from every door: everything
 * but the pictures (each door draws them with its own canvas) and docProps (the package's
 * own timestamps). Sheets, shared strings, styles, the workbook, drawings and relations stay.
 */
export function comparedPart(name: string): boolean {
  return !name.startsWith('xl/media/') && !name.startsWith('docProps/');
}

/** The compared parts of an .xlsx, by name, as text. */
export async function reportParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const parts = new Map<string, string>();
  for (const [name, text] of [...unzipText(bytes)].sort(([a], [b]) => a.localeCompare(b)))
    if (comparedPart(name)) parts.set(name, text);
  return parts;
}

/** The names of the parts that differ (or exist on one side only): [] when the two reports agree. */
export async function differingParts(a: Uint8Array, b: Uint8Array): Promise<string[]> {
  const [pa, pb] = await Promise.all([reportParts(a), reportParts(b)]);
  const names = [...new Set([...pa.keys(), ...pb.keys()])].sort();
  return names.filter((n) => pa.get(n) !== pb.get(n));
}
