import { normaliseName } from '../workbook/normalise';

/**
 * The keys under which free text is counted once. Each rule lives here only, so the indicators,
 * the report's tables and its privacy checks can never count the same words differently.
 */

/**
 * Organisations are compared as names are
 * (indicators.md: "compared after normalising as for names"): case, accents, punctuation and
 * parenthesised notes aside, so `Acme-Mining`, `ACME mining.` and `Acme Mining (RDC)` are one.
 */
export function organisationKey(name: string): string {
  return normaliseName(name);
}

/**
 * Territories are places written by hand: `Kipushi`, ` kipushi` and `KIPUSHI` are one place.
 * Only case, accents and spacing fold: `Likasi-Ville` and `Likasi (centre)` stay apart, since a
 * hyphen or a note may be what tells two places apart.
 */
export function territoryKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Initiatives are identified by their normalised name (programme.md, "Links"), as sheet names
 * and list values are matched: `IDAK`, ` idak` and `IDAK (Kolwezi)` are one initiative, in the
 * Initiatives sheet and in every Meetings cell alike.
 */
export function initiativeKey(name: string): string {
  return normaliseName(name);
}
