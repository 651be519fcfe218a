import type { RawWorkbook } from '../../src/core';
import { workbook, type Grid } from './workbook';

/**
 * A small group's workbook with the programme's sheets, typed as a secretariat would (English
 * headers, day-first or ISO text dates, aliases and both languages in the lists). Every figure
 * the programme tests expect is worked out by hand from these rows, in the comments of the tests.
 */
export const MEMBERS: Grid = [
  ['Member ID', 'Name', 'Organisation', 'Pillar', 'Gender', 'Joined', 'Left'],
  ['M1', 'Ana', 'Mine A', 'Extractive company', 'F', '2025-02-01', null],
  ['M2', 'Ben', 'Mine B', 'Extractive company', 'M', '2024-01-01', null],
  ['M3', 'Cleo', 'Guard B', 'Private security', 'F', '2025-08-10', null],
  // A key stakeholder who joined and left: active until 31 August 2025 only.
  ['M4', 'Dan', 'Ministry C', 'Government', 'M', '2025-05-01', '2025-08-31'],
  ['M5', 'Eve', 'NGO One', 'Civil society', 'F', '2024-01-01', null],
  ['M6', 'Fay', 'NGO Two', 'Civil society', 'F', '2024-01-01', null],
  ['M7', 'Gil', 'NGO Three', 'Civil society', 'M', '2024-01-01', null],
  // Left out (cell/order: left before joined): no stakeholder can become this member.
  ['M8', 'Hal', 'Mine H', 'Extractive company', 'M', '2025-01-01', '2024-12-01'],
];

export const STAKEHOLDERS: Grid = [
  [
    'ID acteur',
    'Organisation',
    'Pilier',
    'Influence',
    'Identifié le',
    'Contacté le',
    'Invité le',
    'Refus le',
    'ID membre',
    'Personne de contact',
  ],
  ['S1', 'Mine A', 'Entreprise extractive', 'Élevée', '01/11/2024', '01/12/2024', null, null, 'M1', 'Mme A'],
  // Declined in June, joined in August: declined until 10 August, a member from then on.
  ['S2', 'Guard B', 'Sécurité privée', 'High', '01/03/2025', '01/04/2025', '01/06/2025', '15/06/2025', 'm3', null],
  ['S3', 'Ministry C', 'Gouvernement', 'Key', '01/04/2025', null, '15/04/2025', null, 'M4', null],
  ['S4', 'NGO D', 'Société civile', 'Moyenne', '15/07/2025', '25/08/2025', null, null, null, null],
  // Identified after every as-of date of the tests.
  ['S5', 'Future Co', 'Gouvernement', 'Faible', '05/10/2025', null, null, null, null, null],
  ['S6', 'Province E', 'Gouvernement', 'Clé', '01/09/2025', null, null, null, null, null],
  ['S7', 'Guard F', 'Sécurité privée', null, '01/06/2024', null, null, '01/07/2024', null, null],
  ['S8', 'Embassy G', 'Observateur', null, '10/01/2025', null, '01/02/2025', null, null, null],
  // Left out: contacted before it was identified (cell/order).
  ['S9', 'Mine I', 'Entreprise extractive', 'High', '01/02/2025', '15/01/2025', null, null, null, null],
  // Names M8, whose row is left out: never a member.
  ['S10', 'Mine H', 'Entreprise extractive', null, '01/10/2024', null, null, null, 'M8', null],
  // Left out: M1 is already named by S1 (cell/unique on the repeat).
  ['S11', 'Mine A (HQ)', 'Entreprise extractive', 'High', '01/01/2025', null, null, null, 'M1', null],
  // Counted under its own pillar, civil society, though its member M2 is an extractive company (a warning).
  ['S12', 'Mine B foundation', 'Société civile', null, '01/06/2023', null, null, null, 'M2', null],
];

export const MEETINGS: Grid = [
  ['Meeting ID', 'Date', 'Type', 'Status', 'Topics', 'Lessons from', 'Expert', 'Linked initiative'],
  ['R1', '10/04/2025', 'Workshop', 'Held', 'Genre', 'Colombia', null, 'IDAK'],
  // The same topic twice (Genre, VSBG), Peru twice (Pérou, peru), IDAK twice: each counts once.
  [
    'R2',
    '10/07/2025',
    'Ordinary',
    'Held',
    'Genre; VSBG; Cobalt',
    'Pérou, Ghana; peru',
    null,
    'IDAK; idak (Kolwezi); Plateforme nationale',
  ],
  ['R3', '12/08/2025', 'Workshop', 'Held', 'cobalt ; Human rights', null, 'Dr Mwamba', null],
  ['R4', '05/09/2025', 'Joint', 'Held', null, null, null, null],
  // Planned: counts nowhere, not even as a last meeting.
  ['R5', '20/09/2025', 'Ordinary', 'Planned', 'Legal', null, 'Maître Ilunga', 'Forum OSC'],
  ['R6', '25/09/2025', 'Ordinary', 'Held', 'Community; Communautés', 'Nigeria; Kenya', null, 'National VPs platform'],
];

export const ATTENDANCE: Grid = [
  ['Meeting ID', 'Member ID', 'Attendance'],
  ['R1', 'M1', 'Present'],
  ['R2', 'M1', 'Present'],
  ['R2', 'M5', 'Present'],
  ['R2', 'M2', 'Absent'],
  ['R3', 'M3', 'Present'],
  ['R3', 'M4', 'Represented'],
  ['R3', 'M6', 'Absent'],
  ['R4', 'M1', 'Present'],
  ['R6', 'M5', 'Present'],
  ['R6', 'M7', 'Present'],
];

export const INITIATIVES: Grid = [
  ['Initiative', 'Kind', 'Linked since'],
  ['IDAK', 'IDAK', '2024-01-01'],
  ['National VPs platform', 'VPs', null],
  ['Forum OSC', 'Réseau OSC', '2025-01-01'],
  ['EITI DRC', 'ITIE', '2023-01-01'],
  // Linked only from December: not dormant before then.
  ['New platform', 'Working group', '2025-12-01'],
  // Left out: IDAK again once normalised (cell/unique).
  ['idak', 'Other', null],
];

/** The programme's workbook, with any sheet replaced (or removed with null). */
export function programmeBook(changes: Readonly<Record<string, Grid | null>> = {}): RawWorkbook {
  const sheets: Record<string, Grid> = {
    Members: MEMBERS,
    Meetings: MEETINGS,
    Attendance: ATTENDANCE,
    Cartographie: STAKEHOLDERS,
    Initiatives: INITIATIVES,
  };
  for (const [name, grid] of Object.entries(changes)) {
    if (grid === null) delete sheets[name];
    else sheets[name] = grid;
  }
  return workbook(sheets);
}
