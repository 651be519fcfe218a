/**
 * Synthetic workbooks for the benchmark: deterministic, shaped like the group's real one (the
 * four pillars and observers, labels in French and English, a few left members, planned and
 * cancelled meetings, incidents), only larger. Cells are what a reader hands the core.
 */
import { dayFromYmd, dayToDate, type RawCell, type RawWorkbook } from '../src/core';

export interface BenchSize {
  readonly name: string;
  readonly members: number;
  readonly meetings: number;
  /** Attendance rows: spread evenly over the meetings, each to distinct members. */
  readonly attendance: number;
  /** The last month covered; meetings spread over the months before it. */
  readonly months: number;
}

export const BENCH_SIZES: readonly BenchSize[] = [
  { name: 'real-life', members: 60, meetings: 36, attendance: 1_800, months: 36 },
  { name: 'large', members: 1_500, meetings: 200, attendance: 250_000, months: 36 },
  { name: 'extreme', members: 2_000, meetings: 500, attendance: 1_000_000, months: 42 },
];

/** The data end on 30 Sep 2025, so the benchmark's quarter is 2025-Q3 as of that day. */
export const BENCH_QUARTER = '2025-Q3';
export const BENCH_AS_OF = '2025-10-15';
const END = dayFromYmd(2025, 9, 30);

function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PILLARS = ['Entreprise extractive', 'Private security', 'Gouvernement', 'Société civile', 'Observer'];
const ATTENDANCE = [
  ['Présent', 0.45],
  ['Present', 0.6],
  ['P', 0.65],
  ['Représenté', 0.72],
  ['Excusé', 0.84],
  ['Absent', 1],
] as const;
const CATEGORIES = [
  'Threats or intimidation',
  'Usage excessif de la force',
  'Arbitrary arrest or detention',
  'Extorsion ou pillage',
  'Other',
];
const ACTORS = ['PNC', 'PMH', 'FARDC', 'Private security company', 'Unknown', 'ANR'];

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const pick = <T>(xs: readonly T[], r: number): T => xs[Math.floor(r * xs.length)]!;

export function syntheticWorkbook(size: BenchSize): RawWorkbook {
  const rnd = random(20251);
  const start = END - Math.round(size.months * 30.44);
  const memberRows: RawCell[][] = [['Member ID', 'Name', 'Organisation', 'Pillar', 'Gender', 'Joined', 'Left']];
  for (let i = 0; i < size.members; i++) {
    // Most members join before the first meeting; a few leave before the end.
    const joined = start - 30 - Math.floor(rnd() * 400) + (i % 25 === 0 ? Math.floor(rnd() * 600) : 0);
    const left = i % 40 === 7 ? END - Math.floor(rnd() * 300) : null;
    memberRows.push([
      `M${pad(i + 1, 5)}`,
      `Membre ${i + 1}`,
      `Organisation ${Math.floor(i / 3) + 1}`,
      pick(PILLARS, rnd()),
      rnd() < 0.35 ? 'F' : 'M',
      dayToDate(joined),
      left === null || left < joined ? null : dayToDate(left),
    ]);
  }
  const meetingRows: RawCell[][] = [['ID réunion', 'Date', 'Statut', 'Lieu']];
  const step = (END - start) / size.meetings;
  for (let k = 0; k < size.meetings; k++) {
    const status = k === size.meetings - 1 ? 'Prévue' : k % 37 === 5 ? 'Annulée' : 'Tenue';
    meetingRows.push([`R${pad(k + 1, 4)}`, dayToDate(Math.round(start + step * (k + 0.5))), status, 'Lubumbashi']);
  }
  const attendanceRows: RawCell[][] = [['Meeting ID', 'Member ID', 'Attendance']];
  const perMeeting = Math.floor(size.attendance / size.meetings);
  for (let k = 0; k < size.meetings; k++) {
    const offset = (k * 7919) % size.members;
    for (let j = 0; j < perMeeting && j < size.members; j++) {
      const r = rnd();
      const value = ATTENDANCE.find(([, upTo]) => r < upTo)![0];
      attendanceRows.push([`R${pad(k + 1, 4)}`, `M${pad(((offset + j) % size.members) + 1, 5)}`, value]);
    }
  }
  const incidentRows: RawCell[][] = [
    [
      'Incident ID',
      'Date',
      'Territory',
      'Category',
      'Alleged perpetrator',
      'Shared at meeting',
      'Follow-up',
      'Closed on',
    ],
  ];
  const incidents = Math.max(10, Math.round(size.meetings / 2));
  for (let i = 0; i < incidents; i++) {
    const date = start + Math.floor(rnd() * (END - start - 40));
    const sharedAt = Math.min(size.meetings - 2, Math.floor((date - start) / step) + 1);
    const closed = rnd() < 0.5 ? date + 10 + Math.floor(rnd() * 120) : null;
    incidentRows.push([
      `I${pad(i + 1, 4)}`,
      dayToDate(date),
      pick(['Kipushi', 'Likasi', 'Kolwezi', 'Lubumbashi'], rnd()),
      pick(CATEGORIES, rnd()),
      pick(ACTORS, rnd()),
      rnd() < 0.7 ? `R${pad(sharedAt + 1, 4)}` : null,
      closed === null ? pick(['Ouvert', 'In progress'], rnd()) : 'Clôturé',
      closed === null ? null : dayToDate(closed),
    ]);
  }
  const settingsRows: RawCell[][] = [
    ['Paramètre', 'Valeur'],
    ['Nom du groupe', 'Benchmark'],
    ['Taux de présence visé', '60 %'],
  ];
  return {
    sheets: [
      { name: 'Membres', rows: memberRows },
      { name: 'Réunions', rows: meetingRows },
      { name: 'Présences', rows: attendanceRows },
      { name: 'Incidents', rows: incidentRows },
      { name: 'Paramètres', rows: settingsRows },
    ],
    date1904: false,
  };
}
