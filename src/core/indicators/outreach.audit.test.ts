import { indicatorsToJson, type Issue, type Outreach } from '..';
import { runEngine } from '../../../test/builders/engineRun';
import { MEMBERS, STAKEHOLDERS, programmeBook } from '../../../test/builders/programmeBook';

/**
 * Measure 1 through the real engine (raw workbook → validateWorkbook → computeIndicators), every
 * figure worked out by hand from programmeBook.ts (programme.md, "Outreach").
 */
const where = (i: Issue) => `${i.code} ${i.severity} ${i.cell ?? i.sheet}${i.hint === null ? '' : ` (${i.hint})`}`;

describe('the stakeholder mapping is checked, and rows with errors are left out', () => {
  const { validated } = runEngine(programmeBook(), '2025-Q3', '2025-09-30');

  it('gives each problem its issue, on the later or repeated cell', () => {
    expect(validated.issues.filter((i) => i.sheet !== 'Meetings').map(where)).toEqual([
      'sheet/missing warning Incidents',
      'cell/order error Members!G9',
      'cell/order error Cartographie!F10',
      'cell/unique error Cartographie!I12',
      'stakeholder/pillar-mismatch warning Cartographie!C13 (Extractive company)',
      'cell/unique error Initiatives!A7',
    ]);
  });

  it('counts the left-out rows of the new sheets (S9 and S11; the second IDAK)', () => {
    expect(validated.excludedRows).toEqual({
      Members: 1,
      Meetings: 0,
      Attendance: 0,
      Incidents: 0,
      Stakeholders: 2,
      Initiatives: 1,
    });
    expect(validated.stakeholders?.map((s) => s.stakeholderId)).toEqual([
      'S1',
      'S2',
      'S3',
      'S4',
      'S5',
      'S6',
      'S7',
      'S8',
      'S10',
      'S12',
    ]);
  });
});

describe('outreach at the end of 2025-Q3 (as of 30 September 2025)', () => {
  const { x } = runEngine(programmeBook(), '2025-Q3', '2025-09-30');
  const o = x.outreach!;

  it('maps the stakeholders identified by then: S5 (October) not yet, S9 and S11 never', () => {
    // S1 S2 S3 S4 S6 S7 S8 S10 S12; identified in the quarter: S4 (15 July) and S6 (1 September).
    expect([o.mapped, o.newlyMapped]).toEqual([9, 2]);
  });

  it('puts each in its first stage that holds, a late joiner who declined as a member', () => {
    // member: S1 (M1), S2 (declined in June, M3 joined 10 August), S3 (M4, left since), S12 (M2);
    // declined: S7; invited: S8; contacted: S4; identified: S6, and S10 (its member M8 is left out).
    expect(o.byStage).toEqual({ identified: 2, contacted: 1, invited: 1, member: 4, declined: 1 });
    expect(o.conversionShare).toBe(4 / 9);
  });

  it('counts a stakeholder under its own pillar, even when its member’s differs', () => {
    expect(o.byPillar).toEqual({
      extractive: { mapped: 2, pipeline: 1, member: 1, declined: 0 }, // S1 member, S10 identified
      private_security: { mapped: 2, pipeline: 0, member: 1, declined: 1 }, // S2 member, S7 declined
      government: { mapped: 2, pipeline: 1, member: 1, declined: 0 }, // S3 member, S6 identified
      civil_society: { mapped: 2, pipeline: 1, member: 1, declined: 0 }, // S4 contacted, S12 member (M2)
      observer: { mapped: 1, pipeline: 1, member: 0, declined: 0 }, // S8 invited
    });
  });

  it('counts who joined in the quarter and how long it took', () => {
    // Only S2: M3 joined 2025-08-10, 162 days after S2 was identified (2025-03-01).
    expect([o.joined, o.medianDaysToJoin]).toEqual([1, 162]);
  });

  it('keeps a key stakeholder who joined and left at stage member, but not on board', () => {
    // Key (High, Élevée, Key, Clé): S1, S2, S3, S6 (S9 and S11 are left out). On board: S1 and S2;
    // S3's member M4 left on 31 August; S6 is not a member.
    expect([o.keyStakeholders, o.keyOnBoard, o.keyShare]).toEqual([4, 2, 0.5]);
    expect(x.targets.keyStakeholders).toEqual({ value: 0.5, target: 0.5, ratio: 1, status: 'on_track' });
  });

  it('names the pillars below the minimum, with who is being approached in each', () => {
    // Active on 30 September: extractive M1 M2, private security M3, government none (M4 left), civil society M5 M6 M7.
    expect(o.pillarGaps).toEqual([
      { pillar: 'extractive', active: 2, pipeline: 1 },
      { pillar: 'private_security', active: 1, pipeline: 0 },
      { pillar: 'government', active: 0, pipeline: 1 },
    ]);
  });
});

describe('outreach in a running quarter (2025-Q3 as of 20 August 2025)', () => {
  const { x } = runEngine(programmeBook(), '2025-Q3', '2025-08-20');
  const o = x.outreach!;

  it('reads every stage on the as-of date: S6 not mapped yet, S4 not contacted yet', () => {
    expect([o.mapped, o.newlyMapped]).toEqual([8, 1]);
    expect(o.byStage).toEqual({ identified: 2, contacted: 0, invited: 1, member: 4, declined: 1 });
  });

  it('has the key stakeholder who left later still on board', () => {
    // S1, S2 and S3 are key; M4 is active until 31 August.
    expect([o.keyStakeholders, o.keyOnBoard, o.keyShare]).toEqual([3, 3, 1]);
    expect([o.joined, o.medianDaysToJoin]).toEqual([1, 162]);
  });
});

describe('a stakeholder who declined, before it joined', () => {
  it('is at stage declined until its member joins', () => {
    // July 2025: S2 declined on 15 June; M3 joins only on 10 August.
    const { x } = runEngine(programmeBook(), { kind: 'range', from: '2025-07-01', to: '2025-07-31' }, '2025-09-30');
    const o: Outreach = x.outreach!;
    expect(o.byPillar.private_security).toEqual({ mapped: 2, pipeline: 0, member: 0, declined: 2 });
    expect([o.joined, o.medianDaysToJoin]).toEqual([0, null]);
  });

  it('does not count as joined when its member joined before it was identified', () => {
    // S2 identified after M3 joined: a member of the mapping, but not a conversion of it.
    const later = STAKEHOLDERS.map((r) =>
      r[0] === 'S2' ? r.map((c, i) => (i === 4 ? '15/08/2025' : i > 4 && i < 8 ? null : c)) : r,
    );
    const { x } = runEngine(programmeBook({ Cartographie: later }), '2025-Q3', '2025-09-30');
    expect(x.outreach!.byStage.member).toBe(4);
    expect([x.outreach!.joined, x.outreach!.medianDaysToJoin]).toEqual([0, null]);
  });
});

describe('outreach is null without a usable Stakeholders sheet', () => {
  it('when the sheet is missing: an info, no figure, and the target has no data', () => {
    const { validated, x } = runEngine(programmeBook({ Cartographie: null }), '2025-Q3', '2025-09-30');
    expect(validated.issues.filter((i) => i.code === 'sheet/missing').map(where)).toEqual([
      'sheet/missing warning Incidents',
      'sheet/missing info Stakeholders',
    ]);
    expect(x.outreach).toBeNull();
    expect(x.targets.keyStakeholders.status).toBe('no_data');
    expect(indicatorsToJson(x).outreach).toBeNull();
  });

  it('when a required column is missing: the sheet cannot be read', () => {
    const noIdentified = STAKEHOLDERS.map((r) => r.filter((_, c) => c !== 4));
    const { validated, x } = runEngine(programmeBook({ Cartographie: noIdentified }), '2025-Q3', '2025-09-30');
    expect(validated.issues.map((i) => `${i.code} ${i.sheet} ${i.field}`)).toContain(
      'header/missing Cartographie identified',
    );
    expect(x.outreach).toBeNull();
  });

  it('and without Members usable, a stakeholder’s member is not checked (nor a member)', () => {
    const badMembers = MEMBERS.map((r) => r.filter((_, c) => c !== 3));
    const { validated, x } = runEngine(programmeBook({ Members: badMembers }), '2025-Q3', '2025-09-30');
    expect(validated.issues.filter((i) => i.sheet === 'Cartographie').map(where)).toEqual([
      'cell/order error Cartographie!F10',
      'cell/unique error Cartographie!I12',
    ]);
    expect(x.outreach!.byStage.member).toBe(0);
  });
});
